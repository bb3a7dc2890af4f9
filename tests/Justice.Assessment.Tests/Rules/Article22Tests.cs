using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>Art. 22: who has specific protection needs, how deep the assessment goes, and the victim's wishes.</summary>
public sealed class Article22Tests
{
    [Theory]
    [InlineData("adult category:terrorism", true)]
    [InlineData("adult category:organised-crime", true)]
    [InlineData("adult category:trafficking", true)]
    [InlineData("adult category:gender-based-violence", true)]
    [InlineData("adult category:close-relationship-violence", true)]
    [InlineData("adult category:sexual-violence", true)]
    [InlineData("adult category:sexual-exploitation", true)]
    [InlineData("adult category:hate-crime", true)]
    [InlineData("adult category:physical-violence", false)]
    [InlineData("adult category:neglect", false)]
    [InlineData("adult category:property-crime", false)]
    [InlineData("adult category:other", false)]
    [InlineData("adult severe", true)]
    [InlineData("adult serious", false)]
    [InlineData("adult disability", true)]
    [InlineData("adult dependent", true)]
    [InlineData("adult offender:Family", true)]
    [InlineData("adult offender:IntimatePartner", true)]
    [InlineData("adult offender:FormerPartner", true)]
    [InlineData("adult offender:Carer", true)]
    [InlineData("adult offender:Acquaintance", false)]
    [InlineData("adult communication", false)]
    [InlineData("adult abroad", false)]
    public void Clause_22_3_particular_attention_gives_specific_protection_needs(string traits, bool applies)
    {
        var outcome = Facts.Evaluate(traits);

        var finding = outcome.ProtectionNeeds.SingleOrDefault(f => f.Clause == "22(3)");
        Assert.Equal(applies, finding is not null);
        Assert.Equal(applies, outcome.HasSpecificProtectionNeeds);
        if (finding is not null)
        {
            Assert.Single(finding.Grounds);
            Expect.Explains(finding.Explanation, "22(3)", finding.Grounds);
        }
    }

    [Theory]
    [InlineData("child", true, true)]
    [InlineData("child category:other", true, true)]
    [InlineData("child age-presumed", true, true)]
    [InlineData("adult", false, false)]
    [InlineData("adult category:other", false, false)]
    [InlineData("adult risk:intimidation=Low", false, false)]
    [InlineData("adult risk:intimidation=Medium", false, true)] // needs from the risk (22(1)), not presumed
    public void Clause_22_4_a_child_is_presumed_to_have_specific_protection_needs(string traits, bool presumed, bool hasNeeds)
    {
        var outcome = Facts.Evaluate(traits);

        Assert.Equal(presumed, outcome.ProtectionNeeds.Any(f => f.Clause == "22(4)"));
        Assert.Equal(hasNeeds, outcome.HasSpecificProtectionNeeds);
        if (presumed)
        {
            Assert.Equal("ageGroup", outcome.ProtectionNeeds.Single(f => f.Clause == "22(4)").Grounds.Single().Field);
        }
    }

    [Theory]
    [InlineData("adult", AssessmentDepth.Basic, true)]
    [InlineData("adult serious", AssessmentDepth.Basic, true)]
    [InlineData("adult severe", AssessmentDepth.Extended, false)]
    [InlineData("adult severe depth:Extended", AssessmentDepth.Extended, true)]
    [InlineData("adult category:hate-crime", AssessmentDepth.Extended, false)]
    [InlineData("adult disability", AssessmentDepth.Extended, false)]
    [InlineData("adult offender:IntimatePartner depth:Extended", AssessmentDepth.Extended, true)]
    [InlineData("adult risk:retaliation=High", AssessmentDepth.Basic, true)]
    [InlineData("child category:sexual-violence", AssessmentDepth.Extended, false)]
    public void Clause_22_5_a_severe_crime_or_a_ground_of_22_3_requires_an_extended_assessment(string traits, AssessmentDepth required, bool sufficient)
    {
        var facts = Facts.Of(traits);
        var outcome = ProtectionRules.Evaluate(facts);

        Assert.Equal(required, outcome.RequiredDepth);
        Assert.Equal(sufficient, outcome.DepthIsSufficient);
        Assert.Equal(required == AssessmentDepth.Extended, outcome.DepthRequirement is { Clause: "22(5)" });
        Assert.Equal(sufficient, FactsValidation.ValidateForCompletion(facts).All(e => e.Field != "depth"));
        Assert.Empty(FactsValidation.Validate(facts));
    }

    [Theory]
    [InlineData("child", SpecialMeasures.AudiovisualRecording, RecommendationStatus.Recommended)]
    [InlineData("child declined:audiovisual-recording", SpecialMeasures.AudiovisualRecording, RecommendationStatus.Declined)]
    [InlineData("adult disability", SpecialMeasures.AdaptedPremises, RecommendationStatus.Recommended)]
    [InlineData("adult disability declined:adapted-premises", SpecialMeasures.AdaptedPremises, RecommendationStatus.Declined)]
    [InlineData("adult risk:intimidation=High declined:heard-remotely", SpecialMeasures.HeardRemotely, RecommendationStatus.Declined)]
    [InlineData("adult risk:intimidation=High declined:heard-remotely", SpecialMeasures.NoVisualContact, RecommendationStatus.Recommended)]
    [InlineData("adult category:sexual-violence wish declined:closed-hearing", SpecialMeasures.SameSexInterviewer, RecommendationStatus.Recommended)]
    public void Clause_22_6_a_measure_the_victim_declines_is_reported_as_declined_and_never_recommended(string traits, string measure, RecommendationStatus status)
    {
        var outcome = Facts.Evaluate(traits);

        var recommendation = outcome.Measures.Single(m => m.Code == measure);
        Assert.Equal(status, recommendation.Status);
        Assert.Equal(status == RecommendationStatus.Recommended, outcome.Recommends(measure));
        Assert.Equal(status == RecommendationStatus.Declined, outcome.Declined(measure));
        Assert.Equal(status == RecommendationStatus.Declined, recommendation.Explanation.En.Contains("declined it (Art. 22(6))", StringComparison.Ordinal));
    }

    [Fact]
    public void A_measure_declined_that_the_facts_do_not_call_for_is_not_listed()
    {
        var outcome = Facts.Evaluate("adult declined:adapted-premises");

        Assert.Empty(outcome.Measures);
    }
}
