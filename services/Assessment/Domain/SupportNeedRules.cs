using static Justice.Assessment.Domain.Cite;
using static Justice.Assessment.Domain.CrimeCategories;
using static Justice.Assessment.Domain.Risks;

namespace Justice.Assessment.Domain;

/// <summary>
/// Which support needs the facts call for. A need is recommended when any of the facts listed for it holds:
/// <list type="table">
/// <item><term>9(1)(a) information and advice</term><description>every victim.</description></item>
/// <item><term>9(1)(b) referral to specialist support</term><description>specific protection needs.</description></item>
/// <item><term>9(1)(c) emotional and psychological support</term><description>a child; a crime category of Art. 22(3);
/// a severe crime; any risk at medium or high.</description></item>
/// <item><term>9(1)(d) financial and practical advice</term><description>dependence on the offender; a property crime;
/// residence abroad.</description></item>
/// <item><term>9(1)(e) advice on the risk of secondary and repeat victimisation</term><description>secondary or repeat
/// victimisation at medium or high.</description></item>
/// <item><term>9(3)(a) shelter</term><description>an unaccompanied or separated child; repeat victimisation or retaliation
/// at medium or high TOGETHER WITH a close relationship to or dependence on the offender, repeat offending, or a crime
/// at home.</description></item>
/// <item><term>9(3)(b) trauma support</term><description>sexual violence, sexual exploitation, trafficking or terrorism;
/// a severe crime.</description></item>
/// <item><term>8 medical care</term><description>physical or sexual violence, neglect; a severe crime.</description></item>
/// <item><term>4(1)(d) legal advice and legal aid</term><description>a child with a conflict of interest, unaccompanied or
/// without a legal representative; dependence on the offender.</description></item>
/// <item><term>7 interpretation and translation</term><description>language or communication needs; residence abroad.</description></item>
/// </list>
/// </summary>
public static class SupportNeedRules
{
    public static IReadOnlyList<Recommendation> Recommend(AssessmentFacts facts, bool hasSpecificProtectionNeeds)
    {
        var recommendations = new List<Recommendation>();
        foreach (var need in SupportNeeds.All)
        {
            var grounds = GroundsFor(need.Code, facts, hasSpecificProtectionNeeds);
            if (grounds.Count > 0)
            {
                recommendations.Add(new(need.Code, need.Clause, RecommendationStatus.Recommended, grounds,
                    Explanations.Support(need.Clause, grounds)));
            }
        }
        return recommendations;
    }

    private static IReadOnlyList<Ground> GroundsFor(string need, AssessmentFacts facts, bool hasSpecificProtectionNeeds) => need switch
    {
        SupportNeeds.InformationAdvice => [Grounds.EveryVictim],
        SupportNeeds.ReferralSpecialist => hasSpecificProtectionNeeds ? [Grounds.SpecificProtectionNeeds] : [],
        SupportNeeds.EmotionalPsychological => AnyOf(Child(facts), ParticularAttentionCategories(facts), Severe(facts),
            AnyOf(Risks.All.Select(r => Risk(facts, r.Code, RiskLevel.Medium)).ToArray())),
        SupportNeeds.FinancialPractical => AnyOf(Dependence(facts), Categories(facts, PropertyCrime), ResidesAbroad(facts)),
        SupportNeeds.RiskAdvice => AnyOf(Risk(facts, SecondaryVictimisation, RiskLevel.Medium), Risk(facts, RepeatVictimisation, RiskLevel.Medium)),
        SupportNeeds.Shelter => AnyOf(Unaccompanied(facts), Both(
            AnyOf(Risk(facts, RepeatVictimisation, RiskLevel.Medium), Risk(facts, Retaliation, RiskLevel.Medium)),
            AnyOf(CloseRelationship(facts), Dependence(facts), facts.Circumstances.RepeatOffending ? [Grounds.RepeatOffending] : [], AtHome(facts)))),
        SupportNeeds.TraumaSupport => AnyOf(Categories(facts, SexualViolence, SexualExploitation, Trafficking, Terrorism), Severe(facts)),
        SupportNeeds.Medical => AnyOf(Categories(facts, PhysicalViolence, SexualViolence, Neglect), Severe(facts)),
        SupportNeeds.LegalAid => AnyOf(ConflictOfInterest(facts), Unaccompanied(facts), NoLegalRepresentative(facts), Dependence(facts)),
        SupportNeeds.Interpretation => AnyOf(CommunicationNeeds(facts), ResidesAbroad(facts)),
        _ => [],
    };
}
