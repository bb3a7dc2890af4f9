namespace Justice.Network.Domain.Cases;

/// <summary>
/// What Assessment last told of one special measure for one victim (criterion 4): whether the competent authority
/// accepted it, and whether it was applied and on which day. Kept by victim, not by case, because Assessment's events
/// may arrive before the case exists; for each of the two facts the event with the latest time wins.
/// </summary>
public sealed class VictimMeasure
{
    /// <summary>Assessment's pseudonymous id of the victim.</summary>
    public required Guid VictimId { get; init; }
    /// <summary>Code of Assessment's special-measures.csv.</summary>
    public required string Measure { get; init; }

    /// <summary>Whether the measure was accepted; null until a decision is known.</summary>
    public bool? Accepted { get; private set; }
    /// <summary>When the decision Network knows was taken.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Whether the accepted measure was applied; null until Assessment reports either.</summary>
    public bool? Applied { get; private set; }
    public DateOnly? AppliedOn { get; private set; }
    /// <summary>When the application Network knows was recorded in Assessment.</summary>
    public DateTimeOffset? ApplicationReportedAt { get; private set; }

    /// <summary>Takes a decision unless a later one is already known.</summary>
    public void Decide(bool accepted, DateTimeOffset occurredAt)
    {
        if (DecidedAt is { } known && known > occurredAt)
        {
            return;
        }
        Accepted = accepted;
        DecidedAt = occurredAt;
    }

    /// <summary>Takes an application (or its absence) unless a later report is already known.</summary>
    public void Apply(bool applied, DateOnly? appliedOn, DateTimeOffset occurredAt)
    {
        if (ApplicationReportedAt is { } known && known > occurredAt)
        {
            return;
        }
        Applied = applied;
        AppliedOn = applied ? appliedOn : null;
        ApplicationReportedAt = occurredAt;
    }
}
