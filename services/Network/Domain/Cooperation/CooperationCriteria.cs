using Justice.Contracts;
using Justice.Network.Reference;

namespace Justice.Network.Domain.Cooperation;

/// <summary>A criterion's code and its name in the programme's three languages.</summary>
public sealed record CriterionDefinition(string Code, LocalizedText Name);

/// <summary>
/// The seven criteria of effective cooperation on a victim's case (Directive 2012/29/EU; the Barnahus quality
/// standards): cooperation was effective when at least <see cref="EffectiveThreshold"/> of them are met. Pure: the
/// same evidence at the same moment always gives the same verdict. A closed case is judged as it stood at its closure,
/// an open one as it stands now; each criterion's constant says exactly when it is met and which findings it gives.
/// </summary>
public static class CooperationCriteria
{
    /// <summary>The individual assessment was completed within its deadline. Findings: <c>on-time</c>, <c>late</c>,
    /// <c>no-assessment</c> (missing <c>assessment</c>).</summary>
    public const string AssessmentOnTime = "assessment-on-time";

    /// <summary>A planning conference with at least <see cref="MinimumPlanningInstitutions"/> institutions was held no
    /// later than the due date. Findings: <c>held-on-time</c>; <c>too-few-institutions</c> (held on time, but never with
    /// enough institutions); <c>held-late</c>; <c>not-held</c>.</summary>
    public const string PlanningConference = "planning-conference";

    /// <summary>The victim was not interviewed repeatedly: every forensic interview was recorded, and there was at most
    /// one, or all were conducted by the same interviewer. No interview at all is met. Findings: <c>none</c>,
    /// <c>one-recorded</c>, <c>same-interviewer</c>, <c>not-recorded</c> (missing <c>recording</c>),
    /// <c>several-interviewers</c> (missing <c>single-interviewer</c>).</summary>
    public const string Interviews = "interviews";

    /// <summary>Every special measure accepted was applied; met when none was accepted. Findings: <c>none-accepted</c>,
    /// <c>all-applied</c>, <c>not-applied</c> (missing: the measures' codes).</summary>
    public const string MeasuresApplied = "measures-applied";

    /// <summary>
    /// Every referral was accepted and completed by its due date. Revoked referrals were withdrawn and do not count;
    /// none at all is met. A rejected referral, one completed after its due date (or with no completion time), and one
    /// not completed yet all fail it, whether or not its due date has passed. Findings, the first that applies:
    /// <c>none</c>, <c>all-completed-on-time</c>, <c>rejected</c>, <c>overdue</c> (open past its due date),
    /// <c>completed-late</c>, <c>in-progress</c>. Missing: the failing referrals' ids.
    /// </summary>
    public const string ReferralsCompleted = "referrals-completed";

    /// <summary>The victim was informed of every right of Art. 4(1)(a)–(k) (<see cref="NetworkReference.Article4Rights"/>);
    /// other items of the checklist do not count. Findings: <c>all-informed</c>, <c>not-informed</c> (missing: the
    /// rights' codes, in the checklist's order).</summary>
    public const string VictimInformed = "victim-informed";

    /// <summary>The case plan was reviewed at least once and the victim was invited to give feedback. Findings:
    /// <c>reviewed-and-invited</c>, <c>not-reviewed</c>, <c>feedback-not-invited</c> (missing <c>plan-review</c>,
    /// <c>feedback-invitation</c>).</summary>
    public const string PlanReviewed = "plan-reviewed";

    /// <summary>How many criteria must be met for cooperation to count as effective.</summary>
    public const int EffectiveThreshold = 5;

    public const int MinimumPlanningInstitutions = 3;

    /// <summary>The criteria in the order evaluations list them.</summary>
    public static readonly IReadOnlyList<CriterionDefinition> All =
    [
        new(AssessmentOnTime, new LocalizedText(
            "Индивидуалната оценка е извършена в срок",
            "Individual assessment completed on time",
            "Évaluation personnalisée réalisée dans les délais")),
        new(PlanningConference, new LocalizedText(
            "Планираща среща с поне три институции, проведена в срок",
            "Planning conference of at least three institutions held on time",
            "Réunion de planification d'au moins trois institutions tenue dans les délais")),
        new(Interviews, new LocalizedText(
            "Без повторни изслушвания: всяко изслушване е записано и проведено от едно и също лице",
            "No repeated interviews: every forensic interview recorded and conducted by the same interviewer",
            "Pas d'auditions répétées : chaque audition enregistrée et menée par la même personne")),
        new(MeasuresApplied, new LocalizedText(
            "Всяка приета специална мярка е приложена",
            "Every accepted special measure applied",
            "Chaque mesure spéciale acceptée a été appliquée")),
        new(ReferralsCompleted, new LocalizedText(
            "Всяко насочване е прието и изпълнено в срок",
            "Every referral accepted and completed on time",
            "Chaque orientation acceptée et menée à terme dans les délais")),
        new(VictimInformed, new LocalizedText(
            "Пострадалият е информиран за всяко право по чл. 4",
            "Victim informed of every right of Article 4",
            "Victime informée de chacun des droits de l'article 4")),
        new(PlanReviewed, new LocalizedText(
            "Планът по случая е преразгледан и пострадалият е поканен да даде обратна връзка",
            "Case plan reviewed and the victim's feedback invited",
            "Plan d'intervention réexaminé et avis de la victime sollicité")),
    ];

    /// <summary>Scores <paramref name="evidence"/> as of its closure, or as of <paramref name="now"/> while the case is open.</summary>
    public static CaseEvaluation Evaluate(CaseEvidence evidence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var asOf = evidence.ClosedAt ?? now;
        return new CaseEvaluation(
        [
            Assessment(evidence),
            Planning(evidence),
            Interviewing(evidence),
            Measures(evidence),
            Referrals(evidence, asOf),
            Informed(evidence),
            Reviewed(evidence),
        ], asOf);
    }

    private static CriterionResult Assessment(CaseEvidence evidence) => evidence.AssessmentOnTime switch
    {
        true => Result(AssessmentOnTime, true, "on-time", [], [], []),
        false => Result(AssessmentOnTime, false, "late", [], [], []),
        null => Result(AssessmentOnTime, false, "no-assessment", [], [], ["assessment"]),
    };

    private static CriterionResult Planning(CaseEvidence evidence)
    {
        var planning = evidence.Conferences.Where(c => c.Kind == ConferenceEvidence.Planning).ToList();
        var onTime = planning.Where(c => c.HeldAt <= evidence.PlanningConferenceDueBy).ToList();
        var met = onTime.Any(c => c.Institutions >= MinimumPlanningInstitutions);
        var finding = met ? "held-on-time" : onTime.Count > 0 ? "too-few-institutions" : planning.Count > 0 ? "held-late" : "not-held";
        var dates = new Dictionary<string, DateTimeOffset> { ["dueBy"] = evidence.PlanningConferenceDueBy };
        if (planning.Count > 0)
        {
            dates["firstHeldAt"] = planning.Min(c => c.HeldAt);
        }
        return Result(PlanningConference, met, finding, new()
        {
            ["planningConferences"] = planning.Count,
            ["heldOnTime"] = onTime.Count,
            ["mostInstitutionsOnTime"] = onTime.Count > 0 ? onTime.Max(c => c.Institutions) : 0,
            ["requiredInstitutions"] = MinimumPlanningInstitutions,
        }, dates, met ? [] : [PlanningConference]);
    }

    private static CriterionResult Interviewing(CaseEvidence evidence)
    {
        var interviews = evidence.Interviews;
        var recorded = interviews.Count(i => i.Recorded);
        var interviewers = interviews.Select(i => i.InterviewerId).Distinct(StringComparer.Ordinal).Count();
        var allRecorded = recorded == interviews.Count;
        var oneInterviewer = interviews.Count <= 1 || interviewers == 1;
        var missing = new List<string>();
        if (!allRecorded)
        {
            missing.Add("recording");
        }
        if (!oneInterviewer)
        {
            missing.Add("single-interviewer");
        }
        var finding = interviews.Count == 0 ? "none"
            : !allRecorded ? "not-recorded"
            : !oneInterviewer ? "several-interviewers"
            : interviews.Count == 1 ? "one-recorded" : "same-interviewer";
        var dates = new Dictionary<string, DateTimeOffset>();
        if (interviews.Count > 0)
        {
            dates["firstHeldAt"] = interviews.Min(i => i.HeldAt);
            dates["lastHeldAt"] = interviews.Max(i => i.HeldAt);
        }
        return Result(Interviews, allRecorded && oneInterviewer, finding,
            new() { ["interviews"] = interviews.Count, ["recorded"] = recorded, ["interviewers"] = interviewers },
            dates, missing);
    }

    private static CriterionResult Measures(CaseEvidence evidence)
    {
        var accepted = evidence.Measures.Where(m => m.Accepted).ToList();
        var notApplied = accepted.Where(m => m.Applied != true).Select(m => m.Code).Distinct(StringComparer.Ordinal).ToList();
        var finding = accepted.Count == 0 ? "none-accepted" : notApplied.Count == 0 ? "all-applied" : "not-applied";
        return Result(MeasuresApplied, notApplied.Count == 0, finding,
            new() { ["accepted"] = accepted.Count, ["applied"] = accepted.Count(m => m.Applied == true) },
            [], notApplied);
    }

    private static CriterionResult Referrals(CaseEvidence evidence, DateTimeOffset asOf)
    {
        var counted = evidence.Referrals.Where(r => r.State != ReferralEvidence.Revoked).ToList();
        static bool IsCompleted(ReferralEvidence r) => r.State == ReferralEvidence.Completed;
        static bool OnTime(ReferralEvidence r) => IsCompleted(r) && r.CompletedAt is { } completedAt && completedAt <= r.DueBy;
        static bool IsOpen(ReferralEvidence r) => !IsCompleted(r) && r.State != ReferralEvidence.Rejected;

        var onTime = counted.Count(OnTime);
        var late = counted.Count(r => IsCompleted(r) && !OnTime(r));
        var rejected = counted.Count(r => r.State == ReferralEvidence.Rejected);
        var open = counted.Count(IsOpen);
        var overdue = counted.Count(r => IsOpen(r) && r.DueBy < asOf);
        var failing = counted.Where(r => !OnTime(r)).Select(r => r.Id.ToString("D")).ToList();
        var finding = counted.Count == 0 ? "none"
            : failing.Count == 0 ? "all-completed-on-time"
            : rejected > 0 ? "rejected"
            : overdue > 0 ? "overdue"
            : late > 0 ? "completed-late"
            : "in-progress";
        return Result(ReferralsCompleted, failing.Count == 0, finding, new()
        {
            ["referrals"] = counted.Count,
            ["completedOnTime"] = onTime,
            ["completedLate"] = late,
            ["rejected"] = rejected,
            ["open"] = open,
            ["overdue"] = overdue,
            ["revoked"] = evidence.Referrals.Count - counted.Count,
        }, [], failing);
    }

    private static CriterionResult Informed(CaseEvidence evidence)
    {
        var informed = new HashSet<string>(evidence.InformedRights, StringComparer.Ordinal);
        var missing = NetworkReference.Article4Rights.Where(r => !informed.Contains(r.Code)).Select(r => r.Code).ToList();
        var required = NetworkReference.Article4Rights.Count;
        return Result(VictimInformed, missing.Count == 0, missing.Count == 0 ? "all-informed" : "not-informed",
            new() { ["informed"] = required - missing.Count, ["required"] = required }, [], missing);
    }

    private static CriterionResult Reviewed(CaseEvidence evidence)
    {
        var missing = new List<string>();
        if (evidence.PlanReviews < 1)
        {
            missing.Add("plan-review");
        }
        if (!evidence.FeedbackInvited)
        {
            missing.Add("feedback-invitation");
        }
        var finding = missing.Count == 0 ? "reviewed-and-invited" : evidence.PlanReviews < 1 ? "not-reviewed" : "feedback-not-invited";
        return Result(PlanReviewed, missing.Count == 0, finding, new() { ["planReviews"] = Math.Max(evidence.PlanReviews, 0) }, [], missing);
    }

    private static CriterionResult Result(string code, bool met, string finding, Dictionary<string, int> counts,
        Dictionary<string, DateTimeOffset> dates, List<string> missing) =>
        new(code, met, finding, new CriterionEvidence(counts, dates, missing));
}
