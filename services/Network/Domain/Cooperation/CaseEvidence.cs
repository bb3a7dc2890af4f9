namespace Justice.Network.Domain.Cooperation;

/// <summary>
/// Everything the seven criteria of effective cooperation look at for one case, as plain facts. Whoever scores a case
/// loads them from the case's records; <see cref="CooperationCriteria.Evaluate"/> reads nothing else. Nothing here
/// names the victim.
/// </summary>
public sealed record CaseEvidence
{
    /// <summary><c>child</c> or <c>adult</c>. Shown with the evaluation; no criterion depends on it.</summary>
    public required string AgeGroup { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    /// <summary>By when the planning conference had to be held (set by whoever loads the evidence).</summary>
    public required DateTimeOffset PlanningConferenceDueBy { get; init; }
    /// <summary>Whether the victim's individual assessment was completed within its deadline; null when no completed assessment is known.</summary>
    public bool? AssessmentOnTime { get; init; }
    public IReadOnlyList<ConferenceEvidence> Conferences { get; init; } = [];
    /// <summary>The victim's forensic interviews.</summary>
    public IReadOnlyList<InterviewEvidence> Interviews { get; init; } = [];
    /// <summary>Special protection measures decided for the victim.</summary>
    public IReadOnlyList<MeasureEvidence> Measures { get; init; } = [];
    public IReadOnlyList<ReferralEvidence> Referrals { get; init; } = [];
    /// <summary>Codes of information-rights.csv the victim has been informed of.</summary>
    public IReadOnlyCollection<string> InformedRights { get; init; } = [];
    /// <summary>How many times the case plan has been reviewed.</summary>
    public int PlanReviews { get; init; }
    /// <summary>Whether the victim has been invited to give feedback on the support received.</summary>
    public bool FeedbackInvited { get; init; }
    /// <summary>When the case was closed; null while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
}

/// <summary>A case conference held.</summary>
/// <param name="Kind"><see cref="Planning"/> or <see cref="Review"/>.</param>
/// <param name="Institutions">How many distinct institutions attended.</param>
public sealed record ConferenceEvidence(string Kind, DateTimeOffset HeldAt, int Institutions)
{
    public const string Planning = "planning";
    public const string Review = "review";
}

/// <summary>A forensic interview of the victim.</summary>
/// <param name="InterviewerId">Whoever conducted it (an account or practitioner id): interviews by the same one compare equal.</param>
/// <param name="Recorded">Whether it was audio-visually recorded.</param>
public sealed record InterviewEvidence(DateTimeOffset HeldAt, string InterviewerId, bool Recorded);

/// <summary>A special protection measure for the victim.</summary>
/// <param name="Code">The measure's code, as Assessment names it.</param>
/// <param name="Applied">Whether it was applied; null while not known.</param>
public sealed record MeasureEvidence(string Code, bool Accepted, bool? Applied);

/// <summary>A referral of the victim from one institution to another.</summary>
/// <param name="State"><see cref="Sent"/>, <see cref="Accepted"/>, <see cref="Rejected"/>, <see cref="Completed"/> or <see cref="Revoked"/>.</param>
/// <param name="CompletedAt">When the receiving institution completed it; null until then.</param>
public sealed record ReferralEvidence(Guid Id, string State, DateTimeOffset DueBy, DateTimeOffset? CompletedAt)
{
    public const string Sent = "sent";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Completed = "completed";
    public const string Revoked = "revoked";
}
