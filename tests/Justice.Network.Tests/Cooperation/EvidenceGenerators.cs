extern alias NetworkService;

using FsCheck;
using FsCheck.Fluent;
using NetworkService::Justice.Network.Domain.Cooperation;
using NetworkService::Justice.Network.Reference;

namespace Justice.Network.Tests.Cooperation;

/// <summary>FsCheck generators of any case's evidence: every state of every record, dates around the case's 120 days.</summary>
public static class EvidenceGenerators
{
    public static Arbitrary<CaseEvidence> Evidence() => Arb.From(AnyEvidence);

    private static readonly DateTimeOffset Opened = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly Gen<bool> Flag = Gen.Elements(true, false);

    private static readonly Gen<DateTimeOffset> Moment = Gen.Choose(0, 120 * 24).Select(hours => Opened.AddHours(hours));

    private static Gen<T[]> Few<T>(Gen<T> gen) => Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(gen, n));

    private static readonly Gen<ConferenceEvidence> Conference =
        from kind in Gen.Elements(ConferenceEvidence.Planning, ConferenceEvidence.Review)
        from heldAt in Moment
        from institutions in Gen.Choose(1, 6)
        select new ConferenceEvidence(kind, heldAt, institutions);

    private static readonly Gen<InterviewEvidence> Interview =
        from heldAt in Moment
        from interviewer in Gen.Elements("interviewer-1", "interviewer-2", "interviewer-3")
        from recorded in Flag
        select new InterviewEvidence(heldAt, interviewer, recorded);

    private static readonly Gen<MeasureEvidence> Measure =
        from code in Gen.Elements("audiovisual-recording", "intermediary", "screen", "separate-waiting-room")
        from accepted in Flag
        from applied in Gen.Elements<bool?>(true, false, null)
        select new MeasureEvidence(code, accepted, applied);

    private static readonly Gen<ReferralEvidence> Referral =
        from id in Gen.Choose(1, int.MaxValue)
        from state in Gen.Elements(ReferralEvidence.Sent, ReferralEvidence.Accepted, ReferralEvidence.Rejected,
            ReferralEvidence.Completed, ReferralEvidence.Revoked)
        from dueBy in Moment
        from completedAt in Moment
        select new ReferralEvidence(new Guid(id, 0, 0, new byte[8]), state, dueBy,
            state == ReferralEvidence.Completed ? completedAt : null);

    private static readonly Gen<CaseEvidence> AnyEvidence =
        from ageGroup in Gen.Elements("child", "adult")
        from dueDays in Gen.Choose(1, 30)
        from onTime in Gen.Elements<bool?>(true, false, null)
        from conferences in Few(Conference)
        from interviews in Few(Interview)
        from measures in Few(Measure)
        from referrals in Few(Referral)
        from informed in Gen.SubListOf(NetworkReference.InformationRights.Select(r => r.Code).ToArray())
        from reviews in Gen.Choose(0, 3)
        from invited in Flag
        from closed in Flag
        from closedAt in Moment
        select new CaseEvidence
        {
            AgeGroup = ageGroup,
            OpenedAt = Opened,
            PlanningConferenceDueBy = Opened.AddDays(dueDays),
            AssessmentOnTime = onTime,
            Conferences = conferences,
            Interviews = interviews,
            Measures = measures,
            Referrals = referrals,
            InformedRights = [.. informed],
            PlanReviews = reviews,
            FeedbackInvited = invited,
            ClosedAt = closed ? closedAt : null,
        };
}
