namespace Justice.Network.Domain.Cases;

/// <summary>
/// An action of a case's plan: what is to be done, by which institution of the region, by when; marked done once.
/// </summary>
public sealed class CasePlanAction
{
    public const int MaxDescriptionLength = 1000;

    public required Guid Id { get; init; }
    public required Guid CaseId { get; init; }
    public required string Description { get; init; }
    public required Guid ResponsibleInstitutionId { get; init; }
    public required DateOnly DueOn { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The account that added it.</summary>
    public required string CreatedBy { get; init; }
    public DateTimeOffset? DoneAt { get; set; }
    public string? DoneBy { get; set; }
}

/// <summary>A review of a case's plan: the day the institutions went over it, and what they found.</summary>
public sealed class CasePlanReview
{
    public const int MaxSummaryLength = 2000;

    public required Guid Id { get; init; }
    public required Guid CaseId { get; init; }
    public required DateOnly ReviewedOn { get; init; }
    public string? Summary { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
}
