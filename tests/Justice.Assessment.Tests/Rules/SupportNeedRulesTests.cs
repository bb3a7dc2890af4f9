using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>Support needs (Art. 4, 7, 8, 9) follow the mapping written on <see cref="SupportNeedRules"/>.</summary>
public sealed class SupportNeedRulesTests
{
    [Theory]
    [InlineData("adult", SupportNeeds.InformationAdvice, true)]
    [InlineData("adult", SupportNeeds.ReferralSpecialist, false)]
    [InlineData("child", SupportNeeds.ReferralSpecialist, true)]
    [InlineData("adult risk:repeat-victimisation=Medium", SupportNeeds.EmotionalPsychological, true)]
    [InlineData("adult category:physical-violence", SupportNeeds.EmotionalPsychological, false)]
    [InlineData("adult dependent", SupportNeeds.FinancialPractical, true)]
    [InlineData("adult category:neglect", SupportNeeds.FinancialPractical, false)]
    [InlineData("adult risk:secondary-victimisation=Medium", SupportNeeds.RiskAdvice, true)]
    [InlineData("adult risk:intimidation=High", SupportNeeds.RiskAdvice, false)]
    [InlineData("child unaccompanied", SupportNeeds.Shelter, true)]
    [InlineData("adult risk:retaliation=High offender:IntimatePartner", SupportNeeds.Shelter, true)]
    [InlineData("adult risk:repeat-victimisation=Medium place:Home", SupportNeeds.Shelter, true)]
    [InlineData("adult risk:repeat-victimisation=Medium repeat-offending", SupportNeeds.Shelter, true)]
    [InlineData("adult risk:retaliation=High", SupportNeeds.Shelter, false)]
    [InlineData("adult offender:Family place:Home", SupportNeeds.Shelter, false)]
    [InlineData("adult category:terrorism", SupportNeeds.TraumaSupport, true)]
    [InlineData("adult category:hate-crime", SupportNeeds.TraumaSupport, false)]
    [InlineData("adult category:neglect", SupportNeeds.Medical, true)]
    [InlineData("adult severe", SupportNeeds.Medical, true)]
    [InlineData("adult category:property-crime", SupportNeeds.Medical, false)]
    [InlineData("child no-representative", SupportNeeds.LegalAid, true)]
    [InlineData("child", SupportNeeds.LegalAid, false)]
    [InlineData("adult communication", SupportNeeds.Interpretation, true)]
    [InlineData("adult abroad", SupportNeeds.Interpretation, true)]
    [InlineData("adult disability", SupportNeeds.Interpretation, false)]
    public void A_support_need_follows_from_its_facts(string traits, string need, bool recommended)
    {
        var outcome = Facts.Evaluate(traits);

        Assert.Equal(recommended, outcome.NeedsSupport(need));
        if (recommended)
        {
            var recommendation = outcome.SupportNeeds.Single(n => n.Code == need);
            Assert.Equal(SupportNeeds.Get(need).Clause, recommendation.Clause);
            Expect.Explains(recommendation.Explanation, recommendation.Clause, recommendation.Grounds);
        }
    }
}
