using static Justice.Assessment.Domain.Cite;
using static Justice.Assessment.Domain.CrimeCategories;
using static Justice.Assessment.Domain.Risks;

namespace Justice.Assessment.Domain;

/// <summary>
/// Which special measures the facts call for. Art. 23 measures only for a victim with specific protection needs
/// (Art. 23(1)); Art. 24 measures only for a child; a measure the victim declined is reported as declined
/// (Art. 22(6)). A measure is called for when any of the facts listed for it holds:
/// <list type="table">
/// <item><term>23(2)(a) adapted premises</term><description>a child; a disability; secondary victimisation at medium or high.</description></item>
/// <item><term>23(2)(b) trained interviewer</term><description>a child; a disability; language or communication needs;
/// a crime category of Art. 22(3); secondary victimisation at medium or high.</description></item>
/// <item><term>23(2)(c) same interviewer</term><description>a child; sexual violence, sexual exploitation or trafficking;
/// secondary victimisation at medium or high.</description></item>
/// <item><term>23(2)(d) same-sex interviewer</term><description>BOTH sexual violence, gender-based violence or violence in a
/// close relationship AND the victim's wish; never otherwise.</description></item>
/// <item><term>23(3)(a) no visual contact</term><description>intimidation or retaliation at medium or high; dependence on
/// the offender; the offender is family, a partner, a former partner or a carer.</description></item>
/// <item><term>23(3)(b) heard without being present</term><description>intimidation or retaliation at high; a child with
/// intimidation or retaliation at medium or high; residence abroad (hearing by communication technology).</description></item>
/// <item><term>23(3)(c) no unnecessary private-life questions</term><description>sexual violence, sexual exploitation,
/// trafficking, gender-based violence or violence in a close relationship; secondary victimisation at high.</description></item>
/// <item><term>23(3)(d) hearing without the public</term><description>a child; sexual violence, sexual exploitation or
/// trafficking; secondary victimisation at high.</description></item>
/// <item><term>24(1)(a) audiovisual recording</term><description>every child.</description></item>
/// <item><term>24(1)(b) special representative</term><description>a child with a conflict of interest with the holders of
/// parental responsibility, unaccompanied or separated, or without a legal representative present.</description></item>
/// <item><term>24(1)(c) own legal representation</term><description>a child with a conflict of interest with the holders of
/// parental responsibility.</description></item>
/// </list>
/// </summary>
public static class MeasureRules
{
    /// <summary>The measures the facts call for, in the Directive's order; <paramref name="hasSpecificProtectionNeeds"/> gates Art. 23.</summary>
    public static IReadOnlyList<Recommendation> Recommend(AssessmentFacts facts, bool hasSpecificProtectionNeeds)
    {
        var recommendations = new List<Recommendation>();
        foreach (var measure in SpecialMeasures.All)
        {
            var applies = measure.ForChildrenOnly ? facts.AgeGroup == AgeGroup.Child : hasSpecificProtectionNeeds;
            var grounds = applies ? GroundsFor(measure.Code, facts) : [];
            if (grounds.Count == 0)
            {
                continue;
            }
            var status = facts.Wishes.DeclinedMeasures.Contains(measure.Code)
                ? RecommendationStatus.Declined
                : RecommendationStatus.Recommended;
            recommendations.Add(new(measure.Code, measure.Clause, status, grounds, Explanations.Measure(measure.Clause, status, grounds)));
        }
        return recommendations;
    }

    private static IReadOnlyList<Ground> GroundsFor(string measure, AssessmentFacts facts) => measure switch
    {
        SpecialMeasures.AdaptedPremises => AnyOf(Child(facts), Disability(facts), Risk(facts, SecondaryVictimisation, RiskLevel.Medium)),
        SpecialMeasures.TrainedInterviewer => AnyOf(Child(facts), Disability(facts), CommunicationNeeds(facts),
            ParticularAttentionCategories(facts), Risk(facts, SecondaryVictimisation, RiskLevel.Medium)),
        SpecialMeasures.SameInterviewer => AnyOf(Child(facts), Categories(facts, SexualViolence, SexualExploitation, Trafficking),
            Risk(facts, SecondaryVictimisation, RiskLevel.Medium)),
        SpecialMeasures.SameSexInterviewer => AnyOf(Both(
            facts.CrimeCategories.Where(SameSexInterviewerCategories.Contains).Distinct().Select(Grounds.CrimeCategory),
            facts.Wishes.SameSexInterviewer ? [Grounds.SameSexWish] : [])),
        SpecialMeasures.NoVisualContact => AnyOf(Risk(facts, Intimidation, RiskLevel.Medium), Risk(facts, Retaliation, RiskLevel.Medium),
            Dependence(facts), CloseRelationship(facts)),
        SpecialMeasures.HeardRemotely => AnyOf(Risk(facts, Intimidation, RiskLevel.High), Risk(facts, Retaliation, RiskLevel.High),
            Both(Child(facts), AnyOf(Risk(facts, Intimidation, RiskLevel.Medium), Risk(facts, Retaliation, RiskLevel.Medium))),
            ResidesAbroad(facts)),
        SpecialMeasures.NoPrivateLifeQuestions => AnyOf(
            Categories(facts, SexualViolence, SexualExploitation, Trafficking, GenderBasedViolence, CloseRelationshipViolence),
            Risk(facts, SecondaryVictimisation, RiskLevel.High)),
        SpecialMeasures.ClosedHearing => AnyOf(Child(facts), Categories(facts, SexualViolence, SexualExploitation, Trafficking),
            Risk(facts, SecondaryVictimisation, RiskLevel.High)),
        SpecialMeasures.AudiovisualRecording => AnyOf(Child(facts)),
        SpecialMeasures.SpecialRepresentative => AnyOf(ConflictOfInterest(facts), Unaccompanied(facts), NoLegalRepresentative(facts)),
        SpecialMeasures.OwnLegalRepresentation => AnyOf(ConflictOfInterest(facts)),
        _ => [],
    };
}
