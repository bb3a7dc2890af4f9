namespace Justice.Network.Domain.Cases;

/// <summary>
/// A case conference (Barnahus standard 5): the institutions of the region that met on the case and what they
/// decided. The first planning conference is due within <see cref="PlanningConferenceDeadline"/>'s time.
/// </summary>
public sealed class CaseConference
{
    public const string Planning = "planning";
    public const string Review = "review";
    public static readonly IReadOnlyList<string> Kinds = [Planning, Review];
    public const int MaxDecisionLength = 1000;
    public const int MaxDecisions = 50;
    public const int MaxInstitutions = 50;

    public required Guid Id { get; init; }
    public required Guid CaseId { get; init; }
    /// <summary><see cref="Planning"/> or <see cref="Review"/>.</summary>
    public required string Kind { get; init; }
    public required DateTimeOffset HeldAt { get; init; }
    /// <summary>The institutions that attended, each of the case's region, none twice.</summary>
    public required List<Guid> InstitutionIds { get; init; }
    public required List<string> Decisions { get; init; }
    /// <summary>
    /// Set on the case's first planning conference only (the earliest held): whether it was held by its due time.
    /// </summary>
    public bool? OnTime { get; set; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
}
