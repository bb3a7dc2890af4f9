namespace Justice.Assessment.Domain.Assessments;

/// <summary>Where a version of a victim's assessment stands.</summary>
public enum AssessmentStatus
{
    /// <summary>Being filled in; its facts may change.</summary>
    Draft,
    /// <summary>Completed: its facts and outcome no longer change; its measures are decided and applied.</summary>
    Completed,
    /// <summary>A later version was completed (a re-assessment, Art. 22(7)); kept whole as history.</summary>
    Superseded,
}

/// <summary>
/// One version of a victim's individual assessment (Art. 22): version 1 is the first assessment, each re-assessment
/// adds the next. Holds no personal data: the victim is known by their pseudonymous id, and the facts are codes, levels
/// and flags; the victim's own words live encrypted with their record.
/// </summary>
public sealed class VictimAssessment
{
    public required Guid Id { get; init; }
    public required Guid VictimId { get; init; }
    public required int Version { get; init; }
    public required string RegionCode { get; init; }
    /// <summary><c>child</c> or <c>adult</c> at the assessment date (age uncertain counts as a child, Art. 24(2)).</summary>
    public required string AgeGroup { get; set; }
    public required AssessmentStatus Status { get; set; }
    /// <summary>The first contact with the victim: the clock for completion and for being overdue starts here.</summary>
    public required DateTimeOffset FirstContactAt { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required string StartedBy { get; init; }
    public required AssessmentFacts Facts { get; set; }
    /// <summary>What the rules found, frozen at completion; null in a draft (computed on reading).</summary>
    public AssessmentOutcome? Outcome { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    /// <summary>Completed by a national admin for a practitioner whose training is not (yet) complete.</summary>
    public bool CompletedByOverride { get; set; }
    public List<MeasureDecision> Decisions { get; init; } = [];

    /// <summary>Whole days from the first contact to completion.</summary>
    public int? DaysToCompletion => CompletedAt is { } completed ? AssessmentDeadline.DaysToCompletion(FirstContactAt, completed) : null;

    /// <summary>A draft whose first contact is more than <paramref name="deadlineDays"/> days before <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTimeOffset now, int deadlineDays) =>
        Status == AssessmentStatus.Draft && AssessmentDeadline.IsOverdue(FirstContactAt, CompletedAt, now, deadlineDays);
}

/// <summary>
/// The decision on one recommended special measure (accepted or not, by which authority, why), and then whether it was
/// applied (when, by which institution) or not (why).
/// </summary>
public sealed class MeasureDecision
{
    public required Guid AssessmentId { get; init; }
    /// <summary>Code of special-measures.csv.</summary>
    public required string Measure { get; init; }
    public bool Accepted { get; private set; }
    public string Reason { get; private set; } = "";
    /// <summary>The kind of deciding authority, e.g. <c>prosecution</c> or <c>court</c>.</summary>
    public string Authority { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }
    public string DecidedBy { get; private set; } = "";
    /// <summary>Null until recorded: true applied, false not applied.</summary>
    public bool? Applied { get; set; }
    public DateOnly? AppliedOn { get; set; }
    public string? AppliedBy { get; set; }
    public string? NotAppliedReason { get; set; }

    /// <summary>Records the authority's decision; a decision not yet applied may be taken again, and the latest stands.</summary>
    public void Decide(bool accepted, string reason, string authority, DateTimeOffset at, string by)
    {
        Accepted = accepted;
        Reason = reason;
        Authority = authority;
        DecidedAt = at;
        DecidedBy = by;
    }
}
