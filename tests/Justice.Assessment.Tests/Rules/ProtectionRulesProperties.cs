using FsCheck.Xunit;
using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>What holds for any facts, not only the rows of the clause tables.</summary>
[Properties(Arbitrary = [typeof(FactsGenerators)], MaxTest = 500)]
public sealed class ProtectionRulesProperties
{
    [Property]
    public bool Generated_facts_are_valid(AssessmentFacts facts) => FactsValidation.Validate(facts).Count == 0;

    [Property]
    public bool Any_child_has_specific_protection_needs(AssessmentFacts facts)
    {
        var child = facts with { AgeGroup = AgeGroup.Child, Child = facts.Child ?? new(true, false, false, FamilySituation.BothParents) };

        var outcome = ProtectionRules.Evaluate(child);

        return outcome.HasSpecificProtectionNeeds && outcome.ProtectionNeeds.Any(f => f.Clause == "22(4)");
    }

    [Property]
    public bool No_adult_gets_an_Art_24_measure(AssessmentFacts facts)
    {
        var adult = facts with
        {
            AgeGroup = AgeGroup.Adult,
            AgePresumed = false,
            Child = null,
        };

        return ProtectionRules.Evaluate(adult).Measures.All(m => !m.Clause.StartsWith("24", StringComparison.Ordinal));
    }

    [Property]
    public bool A_same_sex_interviewer_never_without_both_the_crime_category_and_the_victims_wish(AssessmentFacts facts)
    {
        var listed = ProtectionRules.Evaluate(facts).Measures.Any(m => m.Code == SpecialMeasures.SameSexInterviewer);
        var both = facts.Wishes.SameSexInterviewer && facts.CrimeCategories.Any(CrimeCategories.SameSexInterviewerCategories.Contains);

        return listed == both;
    }

    [Property]
    public bool A_declined_measure_is_never_recommended_as_applied(AssessmentFacts facts)
    {
        var outcome = ProtectionRules.Evaluate(facts);

        return facts.Wishes.DeclinedMeasures.All(code => !outcome.Recommends(code))
            && outcome.Measures.Where(m => m.Status == RecommendationStatus.Declined).All(m => facts.Wishes.DeclinedMeasures.Contains(m.Code));
    }

    [Property]
    public bool Without_specific_protection_needs_no_Art_23_measure_is_called_for(AssessmentFacts facts)
    {
        var outcome = ProtectionRules.Evaluate(facts);

        return outcome.HasSpecificProtectionNeeds || outcome.Measures.Count == 0;
    }

    [Property]
    public bool Every_recommendation_cites_its_clause_and_grounds_in_three_languages(AssessmentFacts facts)
    {
        var outcome = ProtectionRules.Evaluate(facts);

        return outcome.Measures.Concat(outcome.SupportNeeds).All(r => r.Grounds.Count > 0
            && new[] { r.Explanation.Bg, r.Explanation.En, r.Explanation.Fr }.All(text => text.Contains(r.Clause, StringComparison.Ordinal)))
            && outcome.ProtectionNeeds.All(f => f.Grounds.Count > 0);
    }

    [Property]
    public bool An_extended_assessment_is_required_exactly_when_a_ground_of_22_3_holds(AssessmentFacts facts)
    {
        var outcome = ProtectionRules.Evaluate(facts);
        var extended = ProtectionRules.ParticularAttention(facts).Count > 0;

        return outcome.RequiredDepth == (extended ? AssessmentDepth.Extended : AssessmentDepth.Basic)
            && outcome.DepthIsSufficient == (facts.Depth >= outcome.RequiredDepth)
            && (!extended || facts.Severity != CrimeSeverity.Severe || outcome.DepthRequirement!.Grounds.Contains(Grounds.Severe));
    }
}
