extern alias NetworkService;

using FsCheck.Xunit;
using NetworkService::Justice.Network.Domain.Cooperation;
using NetworkService::Justice.Network.Reference;

namespace Justice.Network.Tests.Cooperation;

/// <summary>What holds for any evidence: the threshold, and that more of what a criterion asks for never costs a criterion.</summary>
[Properties(Arbitrary = [typeof(EvidenceGenerators)], MaxTest = 500)]
public sealed class CooperationCriteriaProperties
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static int Met(CaseEvidence evidence) => CooperationCriteria.Evaluate(evidence, Now).MetCount;

    private static bool IsMet(CaseEvidence evidence, string code) =>
        CooperationCriteria.Evaluate(evidence, Now).Criteria.Single(c => c.Code == code).Met;

    [Property]
    public bool Effective_exactly_when_at_least_five_of_the_seven_are_met(CaseEvidence evidence)
    {
        var evaluation = CooperationCriteria.Evaluate(evidence, Now);

        return evaluation.Criteria.Select(c => c.Code).SequenceEqual(CooperationCriteria.All.Select(c => c.Code))
            && evaluation.MetCount == evaluation.Criteria.Count(c => c.Met)
            && evaluation.Effective == (evaluation.MetCount >= 5)
            && evaluation.CriteriaMet.SequenceEqual(evaluation.Criteria.Where(c => c.Met).Select(c => c.Code));
    }

    [Property]
    public bool A_criterion_met_lacks_nothing(CaseEvidence evidence) =>
        CooperationCriteria.Evaluate(evidence, Now).Criteria.Where(c => c.Met).All(c => c.Evidence.Missing.Count == 0);

    [Property]
    public bool A_closed_case_scores_the_same_whenever_it_is_evaluated(CaseEvidence evidence, byte days)
    {
        var closed = evidence with { ClosedAt = evidence.ClosedAt ?? evidence.OpenedAt.AddDays(45) };

        return CooperationCriteria.Evaluate(closed, Now).Criteria.Select(c => (c.Met, c.Finding))
            .SequenceEqual(CooperationCriteria.Evaluate(closed, Now.AddDays(days)).Criteria.Select(c => (c.Met, c.Finding)));
    }

    [Property]
    public bool Informing_the_victim_of_more_rights_never_lowers_the_count(CaseEvidence evidence, byte pick)
    {
        var right = NetworkReference.InformationRights[pick % NetworkReference.InformationRights.Count].Code;

        return Met(evidence with { InformedRights = [.. evidence.InformedRights, right] }) >= Met(evidence);
    }

    [Property]
    public bool Informing_of_every_Article_4_right_meets_that_criterion(CaseEvidence evidence) =>
        IsMet(evidence with { InformedRights = [.. evidence.InformedRights, .. NetworkReference.Article4Rights.Select(r => r.Code)] },
            CooperationCriteria.VictimInformed);

    [Property]
    public bool Applying_every_accepted_measure_never_lowers_the_count_and_meets_that_criterion(CaseEvidence evidence)
    {
        var applied = evidence with { Measures = [.. evidence.Measures.Select(m => m.Accepted ? m with { Applied = true } : m)] };

        return Met(applied) >= Met(evidence) && IsMet(applied, CooperationCriteria.MeasuresApplied);
    }

    [Property]
    public bool Another_plan_review_or_the_feedback_invitation_never_lowers_the_count(CaseEvidence evidence) =>
        Met(evidence with { PlanReviews = evidence.PlanReviews + 1 }) >= Met(evidence)
        && Met(evidence with { FeedbackInvited = true }) >= Met(evidence);

    [Property]
    public bool Another_conference_never_lowers_the_count(CaseEvidence evidence, bool planning, byte day, byte institutions)
    {
        var conference = new ConferenceEvidence(planning ? ConferenceEvidence.Planning : ConferenceEvidence.Review,
            evidence.OpenedAt.AddDays(day % 60), 1 + (institutions % 6));

        return Met(evidence with { Conferences = [.. evidence.Conferences, conference] }) >= Met(evidence);
    }

    [Property]
    public bool A_planning_conference_of_three_on_its_due_date_meets_that_criterion(CaseEvidence evidence)
    {
        var conference = new ConferenceEvidence(ConferenceEvidence.Planning, evidence.PlanningConferenceDueBy, 3);

        return IsMet(evidence with { Conferences = [.. evidence.Conferences, conference] }, CooperationCriteria.PlanningConference);
    }

    [Property]
    public bool A_revoked_referral_changes_nothing(CaseEvidence evidence, byte day)
    {
        var revoked = new ReferralEvidence(Guid.NewGuid(), ReferralEvidence.Revoked, evidence.OpenedAt.AddDays(day % 60), null);
        var before = CooperationCriteria.Evaluate(evidence, Now).Criteria.Select(c => c.Met);

        return before.SequenceEqual(CooperationCriteria.Evaluate(evidence with { Referrals = [.. evidence.Referrals, revoked] }, Now)
            .Criteria.Select(c => c.Met));
    }

    [Property]
    public bool Completing_an_open_referral_on_time_never_lowers_the_count(CaseEvidence evidence)
    {
        var completed = evidence with
        {
            Referrals = [.. evidence.Referrals.Select(r => r.State is ReferralEvidence.Sent or ReferralEvidence.Accepted
                ? r with { State = ReferralEvidence.Completed, CompletedAt = r.DueBy } : r)],
        };

        return Met(completed) >= Met(evidence);
    }

    [Property]
    public bool A_rejected_referral_always_fails_the_referrals(CaseEvidence evidence, byte day)
    {
        var rejected = new ReferralEvidence(Guid.NewGuid(), ReferralEvidence.Rejected, evidence.OpenedAt.AddDays(day % 60), null);

        return !IsMet(evidence with { Referrals = [.. evidence.Referrals, rejected] }, CooperationCriteria.ReferralsCompleted);
    }

    [Property]
    public bool An_unrecorded_interview_always_fails_the_interviews(CaseEvidence evidence, byte day)
    {
        var unrecorded = new InterviewEvidence(evidence.OpenedAt.AddDays(day % 60), "interviewer-1", false);

        return !IsMet(evidence with { Interviews = [.. evidence.Interviews, unrecorded] }, CooperationCriteria.Interviews);
    }

    [Property]
    public bool The_assessment_known_on_time_never_lowers_the_count(CaseEvidence evidence) =>
        Met(evidence with { AssessmentOnTime = true }) >= Met(evidence);
}
