using static Justice.Assessment.Domain.Cite;

namespace Justice.Assessment.Domain;

/// <summary>
/// The rules of the individual assessment, from the facts to the outcome (Art. 22-24). Pure: no I/O, same facts,
/// same outcome. Specific protection needs arise from:
/// <list type="bullet">
/// <item>22(4): the victim is a child (always), with 24(2) cited as well when the age is presumed;</item>
/// <item>22(3): a crime category of Art. 22(3) (which includes a bias or discriminatory motive), a severe crime
/// (considerable harm), dependence on the offender, a close relationship to the offender (family, partner, former
/// partner, carer), a disability;</item>
/// <item>22(1): any of the four risks rated medium or high (the adult model presumes nothing else).</item>
/// </list>
/// An extended assessment is required (22(5)) when any 22(3) ground holds (a severe crime is one of them).
/// Measures follow <see cref="MeasureRules"/>, support needs <see cref="SupportNeedRules"/>.
/// </summary>
public static class ProtectionRules
{
    /// <summary>Evaluates valid facts (see <see cref="FactsValidation"/>); unknown codes are ignored, not guessed at.</summary>
    public static AssessmentOutcome Evaluate(AssessmentFacts facts)
    {
        var needs = new List<Finding>();
        if (facts.AgeGroup == AgeGroup.Child)
        {
            needs.Add(Find("22(4)", [Grounds.Child]));
            if (facts.AgePresumed)
            {
                needs.Add(Find("24(2)", [Grounds.AgePresumed]));
            }
        }
        var particularAttention = ParticularAttention(facts);
        if (particularAttention.Count > 0)
        {
            needs.Add(Find("22(3)", particularAttention));
        }
        var risks = AnyOf(Risks.All.Select(r => Risk(facts, r.Code, RiskLevel.Medium)).ToArray());
        if (risks.Count > 0)
        {
            needs.Add(Find("22(1)", risks));
        }

        var hasNeeds = needs.Count > 0;
        var depth = particularAttention.Count > 0
            ? new Finding("22(5)", particularAttention, Explanations.ExtendedDepth(particularAttention))
            : null;
        var requiredDepth = depth is null ? AssessmentDepth.Basic : AssessmentDepth.Extended;
        return new AssessmentOutcome(
            hasNeeds,
            needs,
            requiredDepth,
            depth,
            facts.Depth >= requiredDepth,
            MeasureRules.Recommend(facts, hasNeeds),
            SupportNeedRules.Recommend(facts, hasNeeds));
    }

    /// <summary>The grounds of Art. 22(3) the facts hold.</summary>
    public static IReadOnlyList<Ground> ParticularAttention(AssessmentFacts facts) =>
        AnyOf(ParticularAttentionCategories(facts), Severe(facts), Dependence(facts), CloseRelationship(facts), Disability(facts));

    private static Finding Find(string clause, IReadOnlyList<Ground> grounds) =>
        new(clause, grounds, Explanations.ProtectionNeeds(clause, grounds));
}
