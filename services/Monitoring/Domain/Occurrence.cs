namespace Justice.Monitoring.Domain;

/// <summary>Where a counted subject counts: its region (empty for national-only subjects), month and breakdown.</summary>
/// <param name="RegionCode">ISO 3166-2:BG code, or empty when the subject belongs to no region (a ministry's decision maker).</param>
/// <param name="Month">The first day of the month it counts in.</param>
/// <param name="Dimension">The breakdown it counts under (a profession, an age group, a measure's code), or empty.</param>
/// <param name="Weight">How much it counts: 1, or a public event's participants.</param>
public sealed record Placement(string RegionCode, DateOnly Month, string Dimension, long Weight = 1);

/// <summary>How a subject's next occurrence changes what it is.</summary>
public enum SubjectRule
{
    /// <summary>The earliest occurrence places it (first assessment, case opened): later ones change nothing.</summary>
    Earliest,

    /// <summary>The latest occurrence decides (a team formed then dissolved, a certificate issued then revoked).</summary>
    Latest,
}

/// <summary>
/// What one event says about one counted subject (a practitioner, a victim, a case, a team…): that it counts, where,
/// from when — or, with no <see cref="Placement"/>, that it no longer counts. Projections turn every event into
/// occurrences; the read model keeps each subject's state, so applying the same occurrence twice, or occurrences in
/// another order, leaves the same counts.
/// </summary>
/// <param name="Kind">What is counted (<see cref="Measures"/>): the subject's id is unique within its kind.</param>
/// <param name="OwnerId">Another subject this one belongs to (a certificate's holder), for counts derived from several.</param>
public sealed record Occurrence(
    string Kind,
    Guid SubjectId,
    Placement? Placement,
    DateTimeOffset OccurredAt,
    SubjectRule Rule,
    Guid? OwnerId = null);

/// <summary>A subject as the read model holds it.</summary>
/// <param name="Placement">Where it counts; null while it does not count.</param>
/// <param name="OccurredAt">The occurrence that decided its state.</param>
public sealed record SubjectState(Placement? Placement, DateTimeOffset OccurredAt)
{
    public bool Counts => Placement is not null;
}
