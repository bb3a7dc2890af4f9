using Justice.Api;
using Justice.Assessment.Domain;
using Justice.Assessment.Domain.Assessments;
using Justice.ServiceDefaults.Http;

namespace Justice.Assessment.Api.Assessments;

/// <summary>One version of an assessment as the API shows it; explanations in the reader's language.</summary>
public sealed record AssessmentView(
    Guid Id,
    Guid VictimId,
    int Version,
    string Status,
    string RegionCode,
    string AgeGroup,
    DateTimeOffset FirstContactAt,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    int? DaysToCompletion,
    bool Overdue,
    bool CompletedByOverride,
    AssessmentFactsRequest Facts,
    OutcomeView Outcome,
    IReadOnlyList<DecisionView> Decisions)
{
    /// <summary>
    /// The view of <paramref name="assessment"/>. A completed version shows the outcome frozen at completion; a draft
    /// shows what the rules would conclude from its facts now.
    /// </summary>
    public static AssessmentView From(VictimAssessment assessment, int deadlineDays, DateTimeOffset now) => new(
        assessment.Id,
        assessment.VictimId,
        assessment.Version,
        Codes.Of(assessment.Status),
        assessment.RegionCode,
        assessment.AgeGroup,
        assessment.FirstContactAt,
        assessment.StartedAt,
        assessment.CompletedAt,
        assessment.DaysToCompletion,
        assessment.IsOverdue(now, deadlineDays),
        assessment.CompletedByOverride,
        FactsView.From(assessment.Facts),
        OutcomeView.From(assessment.Outcome ?? ProtectionRules.Evaluate(assessment.Facts)),
        [.. assessment.Decisions.OrderBy(d => d.Measure, StringComparer.Ordinal).Select(DecisionView.From)]);
}

/// <summary>A version in the list of a victim's assessment: where it stands, without its facts.</summary>
public sealed record AssessmentSummary(
    Guid Id, int Version, string Status, string AgeGroup, DateTimeOffset FirstContactAt, DateTimeOffset? CompletedAt, int? DaysToCompletion,
    bool Overdue)
{
    public static AssessmentSummary From(VictimAssessment a, int deadlineDays, DateTimeOffset now) => new(
        a.Id, a.Version, Codes.Of(a.Status), a.AgeGroup, a.FirstContactAt, a.CompletedAt, a.DaysToCompletion, a.IsOverdue(now, deadlineDays));
}

/// <summary>The facts, written back in the request's shape, so a portal can edit and send them again.</summary>
public static class FactsView
{
    public static AssessmentFactsRequest From(AssessmentFacts facts) => new(
        Codes.Of(facts.Sex),
        new CharacteristicsRequest(facts.Characteristics.Disability, facts.Characteristics.CommunicationNeeds, facts.Characteristics.ResidesAbroad),
        facts.CrimeCategories,
        Codes.Of(facts.Severity),
        new CircumstancesRequest(Codes.Of(facts.Circumstances.Relationship), facts.Circumstances.DependentOnOffender,
            facts.Circumstances.RepeatOffending, Codes.Of(facts.Circumstances.Place)),
        [.. facts.Risks.Select(r => new RiskRequest(r.Risk, Codes.Of(r.Level), r.Reason))],
        Codes.Of(facts.Depth),
        new WishesRequest(facts.Wishes.SameSexInterviewer, facts.Wishes.DeclinedMeasures),
        facts.Child is { } child
            ? new ChildRequest(child.LegalRepresentativePresent, child.ConflictOfInterestWithParents, child.UnaccompaniedOrSeparated,
                Codes.Of(child.FamilySituation))
            : null);
}

/// <summary>A finding or recommendation in the reader's language: the clause, the facts it rests on, and why.</summary>
public sealed record ExplainedView(string? Code, string Clause, string? Status, string Explanation, IReadOnlyList<GroundView> Grounds);

/// <summary>One fact behind a finding: the field as the API names it, its value, and the fact in words.</summary>
public sealed record GroundView(string Field, string Value, string Text);

/// <summary>What the rules conclude, explained.</summary>
public sealed record OutcomeView(
    bool SpecificProtectionNeeds,
    IReadOnlyList<ExplainedView> Needs,
    string RequiredDepth,
    bool DepthIsSufficient,
    ExplainedView? DepthRequirement,
    IReadOnlyList<ExplainedView> Measures,
    IReadOnlyList<ExplainedView> SupportNeeds)
{
    public static OutcomeView From(AssessmentOutcome outcome)
    {
        var language = ReaderLanguage.Current;
        return new OutcomeView(
            outcome.HasSpecificProtectionNeeds,
            [.. outcome.ProtectionNeeds.Select(f => Explain(f, language))],
            Codes.Of(outcome.RequiredDepth),
            outcome.DepthIsSufficient,
            outcome.DepthRequirement is { } depth ? Explain(depth, language) : null,
            [.. outcome.Measures.Select(m => Explain(m, language))],
            [.. outcome.SupportNeeds.Select(s => Explain(s, language))]);
    }

    private static ExplainedView Explain(Finding finding, string language) =>
        new(null, finding.Clause, null, finding.Explanation.In(language), Grounds(finding.Grounds, language));

    private static ExplainedView Explain(Recommendation recommendation, string language) =>
        new(recommendation.Code, recommendation.Clause, Codes.Of(recommendation.Status), recommendation.Explanation.In(language),
            Grounds(recommendation.Grounds, language));

    private static IReadOnlyList<GroundView> Grounds(IReadOnlyList<Ground> grounds, string language) =>
        [.. grounds.Select(g => new GroundView(g.Field, g.Value, g.Text.In(language)))];
}

/// <summary>The decision on one measure and its application.</summary>
public sealed record DecisionView(
    string Measure, bool Accepted, string Reason, string Authority, DateTimeOffset DecidedAt, bool? Applied, DateOnly? AppliedOn,
    string? AppliedBy, string? NotAppliedReason)
{
    public static DecisionView From(MeasureDecision d) =>
        new(d.Measure, d.Accepted, d.Reason, d.Authority, d.DecidedAt, d.Applied, d.AppliedOn, d.AppliedBy, d.NotAppliedReason);
}
