namespace Justice.Network.Domain.Referrals;

/// <summary>
/// One institution of a case's region referring the case's victim to another for support (Directive 2012/29/EU
/// Art. 8–9), with the victim's consent, by a deadline. It moves as <see cref="ReferralStateMachine"/> allows. Holds no
/// personal data: the victim is known through the case; the note and the reasons are free text of bounded length that
/// never leave in an event or a log line.
/// </summary>
public sealed class Referral
{
    public const int MaxNoteLength = 1000;
    public const int MaxReasonLength = 1000;

    public required Guid Id { get; init; }
    public required Guid CaseId { get; init; }
    /// <summary>The case's judicial region, kept here so a region's referrals are found without the case.</summary>
    public required string RegionCode { get; init; }
    public required Guid FromInstitutionId { get; init; }
    public required Guid ToInstitutionId { get; init; }
    /// <summary>Code of support-needs.csv: the support the referral asks for.</summary>
    public required string Purpose { get; init; }
    /// <summary>By when the receiving institution is to complete it; after this, while still open, it is overdue.</summary>
    public required DateTimeOffset DueBy { get; init; }

    /// <summary>The victim consented to the referral: always true, a referral without consent is never made.</summary>
    public required bool ConsentGiven { get; init; }
    /// <summary>When the victim gave consent.</summary>
    public required DateTimeOffset ConsentAt { get; init; }
    /// <summary>How consent was given: one of <see cref="ReferralConsent.Forms"/>.</summary>
    public required string ConsentForm { get; init; }

    /// <summary>What the receiving institution should know, at most <see cref="MaxNoteLength"/> characters.</summary>
    public string? Note { get; init; }

    public ReferralState State { get; private set; } = ReferralState.Sent;
    public required DateTimeOffset IssuedAt { get; init; }
    /// <summary>The account that issued it.</summary>
    public required string IssuedBy { get; init; }

    public DateTimeOffset? AcceptedAt { get; private set; }
    public string? AcceptedBy { get; private set; }
    public DateTimeOffset? RejectedAt { get; private set; }
    public string? RejectedBy { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? CompletedBy { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }
    public string? RevocationReason { get; private set; }

    /// <summary>When the background job found it overdue and published <c>ReferralOverdue</c>; null until then (once only).</summary>
    public DateTimeOffset? OverdueReportedAt { get; set; }

    /// <summary>Whether it was completed by its deadline; null until completed.</summary>
    public bool? CompletedWithinDeadline => CompletedAt is { } completed ? completed <= DueBy : null;

    /// <summary>Still waiting for the receiving institution (sent or accepted) with its deadline passed at <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTimeOffset now) => ReferralStateMachine.IsOpen(State) && DueBy < now;

    /// <summary>
    /// Does <paramref name="action"/> at <paramref name="at"/> by <paramref name="by"/>, when the state machine allows it
    /// from the current state; otherwise changes nothing and returns false. A rejection needs a reason.
    /// </summary>
    public bool Apply(ReferralAction action, DateTimeOffset at, string by, string? reason = null)
    {
        if (ReferralStateMachine.Next(State, action) is not { } next)
        {
            return false;
        }
        if (ReferralStateMachine.RequiresReason(action) && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A rejection says why.", nameof(reason));
        }
        switch (action)
        {
            case ReferralAction.Accept:
                (AcceptedAt, AcceptedBy) = (at, by);
                break;
            case ReferralAction.Reject:
                (RejectedAt, RejectedBy, RejectionReason) = (at, by, reason!.Trim());
                break;
            case ReferralAction.Complete:
                (CompletedAt, CompletedBy) = (at, by);
                break;
            case ReferralAction.Revoke:
                (RevokedAt, RevokedBy, RevocationReason) = (at, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
                break;
        }
        State = next;
        return true;
    }
}

/// <summary>How a victim may consent to being referred.</summary>
public static class ReferralConsent
{
    public const string Written = "written";
    public const string Oral = "oral";
    /// <summary>Given by the victim's legal representative (a child's parent or guardian, say).</summary>
    public const string LegalRepresentative = "legal-representative";

    public static readonly IReadOnlyList<string> Forms = [Written, Oral, LegalRepresentative];
}
