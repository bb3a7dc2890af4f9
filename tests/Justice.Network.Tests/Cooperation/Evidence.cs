extern alias NetworkService;

using NetworkService::Justice.Network.Domain.Cooperation;
using NetworkService::Justice.Network.Reference;

namespace Justice.Network.Tests.Cooperation;

/// <summary>Cases' evidence for the criteria's tests: one that meets all seven, one that meets none.</summary>
internal static class Evidence
{
    public static readonly DateTimeOffset Opened = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Due = Opened.AddDays(10);
    public static readonly DateTimeOffset Closed = Opened.AddDays(60);
    /// <summary>Later than any date of the evidence: what an evaluation long after the closure passes as "now".</summary>
    public static readonly DateTimeOffset Later = Opened.AddDays(400);

    public static readonly IReadOnlyList<string> Article4 = [.. NetworkReference.Article4Rights.Select(r => r.Code)];

    public static CaseEvidence AllMet() => new()
    {
        AgeGroup = "child",
        OpenedAt = Opened,
        PlanningConferenceDueBy = Due,
        AssessmentOnTime = true,
        Conferences = [new(ConferenceEvidence.Planning, Opened.AddDays(5), 4), new(ConferenceEvidence.Review, Opened.AddDays(30), 2)],
        Interviews = [new(Opened.AddDays(3), "interviewer-1", true)],
        Measures = [new("audiovisual-recording", true, true), new("screen", false, null)],
        Referrals = [new(Guid.NewGuid(), ReferralEvidence.Completed, Opened.AddDays(20), Opened.AddDays(18))],
        InformedRights = Article4,
        PlanReviews = 1,
        FeedbackInvited = true,
        ClosedAt = Closed,
    };

    public static CaseEvidence NoneMet() => new()
    {
        AgeGroup = "adult",
        OpenedAt = Opened,
        PlanningConferenceDueBy = Due,
        AssessmentOnTime = null,
        Conferences = [new(ConferenceEvidence.Planning, Opened.AddDays(12), 5)],
        Interviews = [new(Opened.AddDays(3), "interviewer-1", true), new(Opened.AddDays(9), "interviewer-2", true)],
        Measures = [new("audiovisual-recording", true, false)],
        Referrals = [new(Guid.NewGuid(), ReferralEvidence.Rejected, Opened.AddDays(20), null)],
        InformedRights = ["case-decisions"],
        PlanReviews = 0,
        FeedbackInvited = false,
        ClosedAt = Closed,
    };

    /// <summary>For each criterion: what breaks it in <see cref="AllMet"/>, and what fixes it in <see cref="NoneMet"/>.</summary>
    public static readonly IReadOnlyDictionary<string, (Func<CaseEvidence, CaseEvidence> Break, Func<CaseEvidence, CaseEvidence> Fix)> Changes =
        new Dictionary<string, (Func<CaseEvidence, CaseEvidence>, Func<CaseEvidence, CaseEvidence>)>
        {
            [CooperationCriteria.AssessmentOnTime] = (e => e with { AssessmentOnTime = false }, e => e with { AssessmentOnTime = true }),
            [CooperationCriteria.PlanningConference] = (
                e => e with { Conferences = [new(ConferenceEvidence.Planning, Due.AddDays(1), 4)] },
                e => e with { Conferences = [.. e.Conferences, new(ConferenceEvidence.Planning, Due, 3)] }),
            [CooperationCriteria.Interviews] = (
                e => e with { Interviews = [.. e.Interviews, new(Opened.AddDays(8), "interviewer-2", true)] },
                e => e with { Interviews = [] }),
            [CooperationCriteria.MeasuresApplied] = (
                e => e with { Measures = [.. e.Measures, new("separate-waiting-room", true, null)] },
                e => e with { Measures = [new("audiovisual-recording", true, true)] }),
            [CooperationCriteria.ReferralsCompleted] = (
                e => e with { Referrals = [.. e.Referrals, new(Guid.NewGuid(), ReferralEvidence.Accepted, Opened.AddDays(25), null)] },
                e => e with { Referrals = [] }),
            [CooperationCriteria.VictimInformed] = (
                e => e with { InformedRights = [.. Article4.Skip(1)] },
                e => e with { InformedRights = [.. e.InformedRights, .. Article4] }),
            [CooperationCriteria.PlanReviewed] = (
                e => e with { FeedbackInvited = false },
                e => e with { PlanReviews = 2, FeedbackInvited = true }),
        };

    public static CriterionResult Criterion(CaseEvidence evidence, string code, DateTimeOffset? now = null) =>
        CooperationCriteria.Evaluate(evidence, now ?? Later).Criteria.Single(c => c.Code == code);
}
