namespace Justice.Network.Domain.Cases;

/// <summary>
/// Institutions of a region working one victim's situation together: opened when Assessment completes the victim's
/// individual assessment (or by hand), led by one institution, closed with an outcome, and scored for effective
/// cooperation on every change. The victim is known only by Assessment's pseudonymous id.
/// </summary>
public sealed class CooperationCase
{
    public const string FromAssessment = "assessment";
    public const string Manual = "manual";

    public required Guid Id { get; init; }
    /// <summary>Assessment's pseudonymous id: at most one case per victim.</summary>
    public required Guid VictimId { get; init; }
    public required string RegionCode { get; init; }
    /// <summary><c>child</c> or <c>adult</c>, as Assessment last told.</summary>
    public required string AgeGroup { get; set; }
    /// <summary><see cref="FromAssessment"/> or <see cref="Manual"/>.</summary>
    public required string Source { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    /// <summary>The account that opened it by hand; null when an assessment opened it.</summary>
    public string? OpenedBy { get; init; }

    /// <summary>The assessment whose completion is known here; null until Assessment reports one.</summary>
    public Guid? AssessmentId { get; set; }
    /// <summary>The version of that assessment: a later version's completion replaces an earlier one's, never the reverse.</summary>
    public int? AssessmentVersion { get; set; }
    /// <summary>Whether that assessment was completed within its deadline; null until known.</summary>
    public bool? AssessmentOnTime { get; set; }

    public Guid? LeadInstitutionId { get; set; }
    /// <summary>When the victim was invited to give feedback on the support received (Assessment's questionnaire).</summary>
    public DateTimeOffset? FeedbackInvitedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>Code of the closure's outcome; null while open.</summary>
    public string? Outcome { get; set; }
    public string? ClosedBy { get; set; }

    /// <summary>Whether at least 5 of the 7 criteria of effective cooperation hold, as last computed.</summary>
    public bool Effective { get; set; }
    /// <summary>Codes of the criteria met, as last computed.</summary>
    public List<string> CriteriaMet { get; set; } = [];
    public DateTimeOffset? EvaluatedAt { get; set; }

    /// <summary>PostgreSQL's row version: of two changes racing, the second is refused.</summary>
    public uint Version { get; init; }

    public bool IsOpen => ClosedAt is null;
}
