extern alias NetworkService;

using NetworkService::Justice.Network.Domain.Referrals;

namespace Justice.Network.Tests.Referrals;

/// <summary>The referral's state machine: every state × every action, and what each allowed action records.</summary>
public sealed class ReferralStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 15, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The whole table: where each action takes each state; null where it is refused.</summary>
    private static readonly Dictionary<(ReferralState, ReferralAction), ReferralState?> Table = new()
    {
        [(ReferralState.Sent, ReferralAction.Accept)] = ReferralState.Accepted,
        [(ReferralState.Sent, ReferralAction.Reject)] = ReferralState.Rejected,
        [(ReferralState.Sent, ReferralAction.Complete)] = null,
        [(ReferralState.Sent, ReferralAction.Revoke)] = ReferralState.Revoked,
        [(ReferralState.Accepted, ReferralAction.Accept)] = null,
        [(ReferralState.Accepted, ReferralAction.Reject)] = null,
        [(ReferralState.Accepted, ReferralAction.Complete)] = ReferralState.Completed,
        [(ReferralState.Accepted, ReferralAction.Revoke)] = ReferralState.Revoked,
        [(ReferralState.Rejected, ReferralAction.Accept)] = null,
        [(ReferralState.Rejected, ReferralAction.Reject)] = null,
        [(ReferralState.Rejected, ReferralAction.Complete)] = null,
        [(ReferralState.Rejected, ReferralAction.Revoke)] = null,
        [(ReferralState.Completed, ReferralAction.Accept)] = null,
        [(ReferralState.Completed, ReferralAction.Reject)] = null,
        [(ReferralState.Completed, ReferralAction.Complete)] = null,
        [(ReferralState.Completed, ReferralAction.Revoke)] = null,
        [(ReferralState.Revoked, ReferralAction.Accept)] = null,
        [(ReferralState.Revoked, ReferralAction.Reject)] = null,
        [(ReferralState.Revoked, ReferralAction.Complete)] = null,
        [(ReferralState.Revoked, ReferralAction.Revoke)] = null,
    };

    public static TheoryData<ReferralState, ReferralAction> Pairs()
    {
        var data = new TheoryData<ReferralState, ReferralAction>();
        foreach (var state in Enum.GetValues<ReferralState>())
        {
            foreach (var action in Enum.GetValues<ReferralAction>())
            {
                data.Add(state, action);
            }
        }
        return data;
    }

    [Fact]
    public void The_table_covers_every_state_and_action()
    {
        Assert.Equal(Enum.GetValues<ReferralState>().Length * Enum.GetValues<ReferralAction>().Length, Table.Count);
        Assert.Equal(ReferralStateMachine.States.Count * ReferralStateMachine.Actions.Count, Pairs().Count);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_action_from_each_state_goes_where_the_table_says_or_nowhere(ReferralState from, ReferralAction action)
    {
        Assert.Equal(Table[(from, action)], ReferralStateMachine.Next(from, action));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_referral_in_each_state_changes_only_as_allowed(ReferralState from, ReferralAction action)
    {
        var referral = In(from);
        var before = Snapshot(referral);

        var done = referral.Apply(action, Now.AddHours(1), "worker-2", "Няма капацитет.");

        var expected = Table[(from, action)];
        Assert.Equal(expected is not null, done);
        if (expected is null)
        {
            Assert.Equal(from, referral.State);
            Assert.Equal(before, Snapshot(referral));
        }
        else
        {
            Assert.Equal(expected, referral.State);
            Assert.NotEqual(before, Snapshot(referral));
        }
    }

    [Fact]
    public void Only_sent_and_accepted_referrals_are_open()
    {
        Assert.Equal([ReferralState.Sent, ReferralState.Accepted], ReferralStateMachine.States.Where(ReferralStateMachine.IsOpen));
        Assert.Equal(ReferralStateMachine.Open, ReferralStateMachine.States.Where(ReferralStateMachine.IsOpen));
    }

    [Fact]
    public void Each_allowed_action_records_when_and_who()
    {
        var accepted = In(ReferralState.Sent);
        accepted.Apply(ReferralAction.Accept, Now.AddHours(1), "receiver");
        var completed = In(ReferralState.Accepted);
        completed.Apply(ReferralAction.Complete, Now.AddDays(2), "receiver");
        var rejected = In(ReferralState.Sent);
        rejected.Apply(ReferralAction.Reject, Now.AddHours(2), "receiver", "  Извън компетентността ни.  ");
        var revoked = In(ReferralState.Accepted);
        revoked.Apply(ReferralAction.Revoke, Now.AddHours(3), "referrer");

        Assert.Equal((Now.AddHours(1), "receiver"), (accepted.AcceptedAt!.Value, accepted.AcceptedBy));
        Assert.Equal((Now.AddDays(2), "receiver"), (completed.CompletedAt!.Value, completed.CompletedBy));
        Assert.Equal((Now.AddHours(2), "receiver", "Извън компетентността ни."),
            (rejected.RejectedAt!.Value, rejected.RejectedBy, rejected.RejectionReason));
        Assert.Equal((Now.AddHours(3), "referrer", (string?)null), (revoked.RevokedAt!.Value, revoked.RevokedBy, revoked.RevocationReason));
    }

    [Fact]
    public void A_rejection_without_a_reason_is_refused_and_changes_nothing()
    {
        var referral = In(ReferralState.Sent);

        Assert.Throws<ArgumentException>(() => referral.Apply(ReferralAction.Reject, Now, "receiver", " "));
        Assert.Equal(ReferralState.Sent, referral.State);
        Assert.Null(referral.RejectedAt);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Completion_is_within_the_deadline_up_to_the_deadline_itself(int secondsAfterDeadline, bool within)
    {
        var referral = In(ReferralState.Accepted);
        Assert.Null(referral.CompletedWithinDeadline);

        referral.Apply(ReferralAction.Complete, referral.DueBy.AddSeconds(secondsAfterDeadline), "receiver");

        Assert.Equal(within, referral.CompletedWithinDeadline);
    }

    [Theory]
    [MemberData(nameof(StatesOnly))]
    public void Only_an_open_referral_past_its_deadline_is_overdue(ReferralState state)
    {
        var referral = In(state);

        Assert.False(referral.IsOverdue(referral.DueBy));
        Assert.Equal(ReferralStateMachine.IsOpen(state), referral.IsOverdue(referral.DueBy.AddTicks(1)));
    }

    public static TheoryData<ReferralState> StatesOnly() => new(Enum.GetValues<ReferralState>());

    /// <summary>A referral brought to <paramref name="state"/> by the allowed actions.</summary>
    private static Referral In(ReferralState state)
    {
        var referral = new Referral
        {
            Id = Guid.NewGuid(),
            CaseId = Guid.NewGuid(),
            RegionCode = "BG-05",
            FromInstitutionId = Guid.NewGuid(),
            ToInstitutionId = Guid.NewGuid(),
            Purpose = "shelter",
            DueBy = Now.AddDays(7),
            ConsentGiven = true,
            ConsentAt = Now.AddHours(-1),
            ConsentForm = ReferralConsent.Oral,
            IssuedAt = Now,
            IssuedBy = "referrer",
        };
        ReferralAction[] path = state switch
        {
            ReferralState.Sent => [],
            ReferralState.Accepted => [ReferralAction.Accept],
            ReferralState.Rejected => [ReferralAction.Reject],
            ReferralState.Completed => [ReferralAction.Accept, ReferralAction.Complete],
            _ => [ReferralAction.Revoke],
        };
        foreach (var action in path)
        {
            Assert.True(referral.Apply(action, Now, "worker-1", "Причина."));
        }
        Assert.Equal(state, referral.State);
        return referral;
    }

    private static string Snapshot(Referral r) => string.Join("|", r.State, r.AcceptedAt, r.AcceptedBy, r.RejectedAt, r.RejectedBy,
        r.RejectionReason, r.CompletedAt, r.CompletedBy, r.RevokedAt, r.RevokedBy, r.RevocationReason);
}
