namespace Justice.Network.Domain.Referrals;

/// <summary>Where a referral between two institutions stands.</summary>
public enum ReferralState
{
    /// <summary>Issued by the referring institution; the receiving institution has not answered yet.</summary>
    Sent,
    /// <summary>The receiving institution took it on.</summary>
    Accepted,
    /// <summary>The receiving institution declined it, saying why. Final.</summary>
    Rejected,
    /// <summary>The receiving institution provided what was asked for. Final.</summary>
    Completed,
    /// <summary>The referring side withdrew it before it was completed. Final.</summary>
    Revoked,
}

/// <summary>What may be done to a referral.</summary>
public enum ReferralAction
{
    Accept,
    Reject,
    Complete,
    Revoke,
}

/// <summary>
/// The referral's life: sent, then accepted or rejected; an accepted one is completed; one sent or accepted may be
/// revoked. Rejected, completed and revoked are final. Nothing else is allowed.
/// </summary>
public static class ReferralStateMachine
{
    /// <summary>Every state, in the order of a referral's life.</summary>
    public static readonly IReadOnlyList<ReferralState> States = Enum.GetValues<ReferralState>();

    /// <summary>Every action.</summary>
    public static readonly IReadOnlyList<ReferralAction> Actions = Enum.GetValues<ReferralAction>();

    /// <summary>The states a referral still waits in: its deadline runs, and it may become overdue.</summary>
    public static readonly IReadOnlyList<ReferralState> Open = [ReferralState.Sent, ReferralState.Accepted];

    /// <summary>The state <paramref name="action"/> takes a referral in <paramref name="from"/> to; null when it is not allowed.</summary>
    public static ReferralState? Next(ReferralState from, ReferralAction action) => (from, action) switch
    {
        (ReferralState.Sent, ReferralAction.Accept) => ReferralState.Accepted,
        (ReferralState.Sent, ReferralAction.Reject) => ReferralState.Rejected,
        (ReferralState.Accepted, ReferralAction.Complete) => ReferralState.Completed,
        (ReferralState.Sent or ReferralState.Accepted, ReferralAction.Revoke) => ReferralState.Revoked,
        _ => null,
    };

    /// <summary>Whether a referral in <paramref name="state"/> still waits for its receiving institution.</summary>
    public static bool IsOpen(ReferralState state) => state is ReferralState.Sent or ReferralState.Accepted;

    /// <summary>Whether <paramref name="action"/> must say why: a rejection must, a revocation may, the others do not.</summary>
    public static bool RequiresReason(ReferralAction action) => action == ReferralAction.Reject;
}
