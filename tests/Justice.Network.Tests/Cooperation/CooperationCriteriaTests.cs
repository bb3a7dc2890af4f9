extern alias NetworkService;

using NetworkService::Justice.Network.Domain.Cooperation;
using static Justice.Network.Tests.Cooperation.Evidence;
using Referral = NetworkService::Justice.Network.Domain.Cooperation.ReferralEvidence;

namespace Justice.Network.Tests.Cooperation;

/// <summary>Each criterion on its own: when it is met, when not, and the facts it reports.</summary>
public sealed class CooperationCriteriaTests
{
    [Theory]
    [InlineData(true, true, "on-time")]
    [InlineData(false, false, "late")]
    [InlineData(null, false, "no-assessment")]
    public void The_assessment_counts_when_completed_on_time(bool? onTime, bool met, string finding)
    {
        var result = Criterion(AllMet() with { AssessmentOnTime = onTime }, CooperationCriteria.AssessmentOnTime);

        Assert.Equal(met, result.Met);
        Assert.Equal(finding, result.Finding);
        Assert.Equal(onTime is null ? ["assessment"] : [], result.Evidence.Missing);
    }

    [Theory]
    [InlineData("planning", 0, 3, true, "held-on-time")]
    [InlineData("planning", -4, 7, true, "held-on-time")]
    [InlineData("planning", -4, 2, false, "too-few-institutions")]
    [InlineData("planning", 1, 4, false, "held-late")]
    [InlineData("review", -4, 5, false, "not-held")]
    public void A_planning_conference_counts_with_three_institutions_by_its_due_date(
        string kind, int daysFromDue, int institutions, bool met, string finding)
    {
        var evidence = AllMet() with { Conferences = [new(kind, Due.AddDays(daysFromDue), institutions)] };

        var result = Criterion(evidence, CooperationCriteria.PlanningConference);

        Assert.Equal(met, result.Met);
        Assert.Equal(finding, result.Finding);
        Assert.Equal(Due, result.Evidence.Dates["dueBy"]);
        Assert.Equal(3, result.Evidence.Counts["requiredInstitutions"]);
    }

    [Fact]
    public void A_later_planning_conference_on_time_with_enough_institutions_makes_up_for_a_small_first_one()
    {
        var evidence = AllMet() with
        {
            Conferences = [new(ConferenceEvidence.Planning, Opened.AddDays(2), 2), new(ConferenceEvidence.Planning, Opened.AddDays(6), 3)],
        };

        var result = Criterion(evidence, CooperationCriteria.PlanningConference);

        Assert.True(result.Met);
        Assert.Equal(2, result.Evidence.Counts["planningConferences"]);
        Assert.Equal(3, result.Evidence.Counts["mostInstitutionsOnTime"]);
        Assert.Equal(Opened.AddDays(2), result.Evidence.Dates["firstHeldAt"]);
    }

    [Fact]
    public void Without_any_conference_the_planning_conference_is_missing()
    {
        var result = Criterion(AllMet() with { Conferences = [] }, CooperationCriteria.PlanningConference);

        Assert.False(result.Met);
        Assert.Equal("not-held", result.Finding);
        Assert.Equal([CooperationCriteria.PlanningConference], result.Evidence.Missing);
        Assert.False(result.Evidence.Dates.ContainsKey("firstHeldAt"));
    }

    [Theory]
    [InlineData("", true, "none")]
    [InlineData("a+", true, "one-recorded")]
    [InlineData("a-", false, "not-recorded")]
    [InlineData("a+ a+ a+", true, "same-interviewer")]
    [InlineData("a+ b+", false, "several-interviewers")]
    [InlineData("a+ a-", false, "not-recorded")]
    [InlineData("a- b+", false, "not-recorded")]
    public void Interviews_count_when_all_are_recorded_and_there_is_one_or_a_single_interviewer(string interviews, bool met, string finding)
    {
        // Each interview as its interviewer and + (recorded) or - (not recorded).
        var list = interviews.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((i, n) => new InterviewEvidence(Opened.AddDays(n + 1), i[..1], i[1] == '+')).ToList();

        var result = Criterion(AllMet() with { Interviews = list }, CooperationCriteria.Interviews);

        Assert.Equal(met, result.Met);
        Assert.Equal(finding, result.Finding);
        Assert.Equal(list.Count, result.Evidence.Counts["interviews"]);
        Assert.Equal(list.Count(i => i.Recorded), result.Evidence.Counts["recorded"]);
    }

    [Fact]
    public void Several_unrecorded_interviewers_miss_both_the_recording_and_the_single_interviewer()
    {
        var evidence = AllMet() with { Interviews = [new(Opened.AddDays(1), "a", false), new(Opened.AddDays(4), "b", true)] };

        var result = Criterion(evidence, CooperationCriteria.Interviews);

        Assert.Equal(["recording", "single-interviewer"], result.Evidence.Missing);
        Assert.Equal(2, result.Evidence.Counts["interviewers"]);
        Assert.Equal(Opened.AddDays(4), result.Evidence.Dates["lastHeldAt"]);
    }

    [Theory]
    [InlineData(true, true, true, "all-applied")]
    [InlineData(true, false, false, "not-applied")]
    [InlineData(true, null, false, "not-applied")]
    [InlineData(false, null, true, "none-accepted")]
    [InlineData(false, false, true, "none-accepted")]
    public void Every_accepted_measure_must_be_applied(bool accepted, bool? applied, bool met, string finding)
    {
        var evidence = AllMet() with { Measures = [new("intermediary", accepted, applied)] };

        var result = Criterion(evidence, CooperationCriteria.MeasuresApplied);

        Assert.Equal(met, result.Met);
        Assert.Equal(finding, result.Finding);
        Assert.Equal(met ? [] : ["intermediary"], result.Evidence.Missing);
    }

    [Fact]
    public void No_measure_at_all_is_met()
    {
        Assert.True(Criterion(AllMet() with { Measures = [] }, CooperationCriteria.MeasuresApplied).Met);
    }

    [Theory]
    // state, due (days from opening), completed (days, or -1 for none), closed (days, or -1 while open), now (days)
    [InlineData(Referral.Completed, 20, 20, 60, 400, true, "all-completed-on-time")]
    [InlineData(Referral.Completed, 20, 21, 60, 400, false, "completed-late")]
    [InlineData(Referral.Completed, 20, -1, 60, 400, false, "completed-late")]
    [InlineData(Referral.Rejected, 20, -1, 60, 400, false, "rejected")]
    [InlineData(Referral.Revoked, 20, -1, 60, 400, true, "none")]
    [InlineData(Referral.Accepted, 20, -1, 60, 400, false, "overdue")]
    [InlineData(Referral.Sent, 20, -1, 60, 400, false, "overdue")]
    [InlineData(Referral.Accepted, 90, -1, 60, 400, false, "in-progress")]
    [InlineData(Referral.Accepted, 20, -1, -1, 15, false, "in-progress")]
    [InlineData(Referral.Accepted, 20, -1, -1, 25, false, "overdue")]
    public void Every_referral_must_be_accepted_and_completed_by_its_due_date(
        string state, int due, int completed, int closed, int now, bool met, string finding)
    {
        var referral = new Referral(Guid.NewGuid(), state, Opened.AddDays(due), completed < 0 ? null : Opened.AddDays(completed));
        var evidence = AllMet() with { Referrals = [referral], ClosedAt = closed < 0 ? null : Opened.AddDays(closed) };

        var result = Criterion(evidence, CooperationCriteria.ReferralsCompleted, Opened.AddDays(now));

        Assert.Equal(met, result.Met);
        Assert.Equal(finding, result.Finding);
        Assert.Equal(met ? [] : [referral.Id.ToString("D")], result.Evidence.Missing);
        Assert.Equal(finding == "overdue" ? 1 : 0, result.Evidence.Counts["overdue"]);
    }

    [Fact]
    public void Revoked_referrals_are_left_out_and_the_others_counted_by_state()
    {
        var onTime = new Referral(Guid.NewGuid(), Referral.Completed, Opened.AddDays(20), Opened.AddDays(10));
        var late = new Referral(Guid.NewGuid(), Referral.Completed, Opened.AddDays(20), Opened.AddDays(30));
        var rejected = new Referral(Guid.NewGuid(), Referral.Rejected, Opened.AddDays(20), null);
        var revoked = new Referral(Guid.NewGuid(), Referral.Revoked, Opened.AddDays(20), null);
        var evidence = AllMet() with { Referrals = [onTime, late, rejected, revoked] };

        var result = Criterion(evidence, CooperationCriteria.ReferralsCompleted);

        Assert.False(result.Met);
        Assert.Equal("rejected", result.Finding);
        Assert.Equal([late.Id.ToString("D"), rejected.Id.ToString("D")], result.Evidence.Missing);
        Assert.Equal(3, result.Evidence.Counts["referrals"]);
        Assert.Equal(1, result.Evidence.Counts["completedOnTime"]);
        Assert.Equal(1, result.Evidence.Counts["completedLate"]);
        Assert.Equal(1, result.Evidence.Counts["rejected"]);
        Assert.Equal(1, result.Evidence.Counts["revoked"]);
    }

    [Fact]
    public void No_referral_at_all_is_met()
    {
        var result = Criterion(AllMet() with { Referrals = [] }, CooperationCriteria.ReferralsCompleted);

        Assert.True(result.Met);
        Assert.Equal("none", result.Finding);
    }

    [Fact]
    public void The_victim_must_be_informed_of_all_eleven_rights_of_Article_4()
    {
        Assert.Equal(11, Article4.Count);
        var result = Criterion(AllMet() with { InformedRights = [.. Article4.Where(r => r != "compensation")] }, CooperationCriteria.VictimInformed);

        Assert.False(result.Met);
        Assert.Equal(["compensation"], result.Evidence.Missing);
        Assert.Equal(10, result.Evidence.Counts["informed"]);
        Assert.Equal(11, result.Evidence.Counts["required"]);
    }

    [Fact]
    public void Article_6_items_do_not_stand_in_for_Article_4_rights()
    {
        var result = Criterion(AllMet() with { InformedRights = ["case-decisions", "final-judgment"] }, CooperationCriteria.VictimInformed);

        Assert.False(result.Met);
        Assert.Equal(Article4, result.Evidence.Missing);
        Assert.Equal(0, result.Evidence.Counts["informed"]);
    }

    [Fact]
    public void Every_Article_4_right_with_Article_6_items_besides_is_met()
    {
        var result = Criterion(AllMet() with { InformedRights = [.. Article4, "final-judgment"] }, CooperationCriteria.VictimInformed);

        Assert.True(result.Met);
        Assert.Equal("all-informed", result.Finding);
    }

    [Theory]
    [InlineData(1, true, true, "reviewed-and-invited")]
    [InlineData(3, true, true, "reviewed-and-invited")]
    [InlineData(0, true, false, "not-reviewed")]
    [InlineData(1, false, false, "feedback-not-invited")]
    [InlineData(0, false, false, "not-reviewed")]
    public void The_plan_must_be_reviewed_and_the_victims_feedback_invited(int reviews, bool invited, bool met, string finding)
    {
        var result = Criterion(AllMet() with { PlanReviews = reviews, FeedbackInvited = invited }, CooperationCriteria.PlanReviewed);

        Assert.Equal(met, result.Met);
        Assert.Equal(finding, result.Finding);
        Assert.Equal(reviews, result.Evidence.Counts["planReviews"]);
        Assert.Equal(reviews == 0, result.Evidence.Missing.Contains("plan-review"));
        Assert.Equal(!invited, result.Evidence.Missing.Contains("feedback-invitation"));
    }
}
