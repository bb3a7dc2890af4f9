using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>Art. 23: special measures for victims with specific protection needs, during investigation (2) and in court (3).</summary>
public sealed class Article23Tests
{
    [Theory]
    [InlineData("child", true)]
    [InlineData("adult disability", true)]
    [InlineData("adult risk:secondary-victimisation=Medium", true)]
    [InlineData("adult risk:secondary-victimisation=High", true)]
    [InlineData("adult risk:secondary-victimisation=Low", false)]
    [InlineData("adult risk:intimidation=High", false)]
    [InlineData("adult", false)]
    public void Clause_23_2_a_interviews_in_adapted_premises(string traits, bool recommended) =>
        Expect.Measure(traits, SpecialMeasures.AdaptedPremises, "23(2)(a)", recommended);

    [Theory]
    [InlineData("child", true)]
    [InlineData("adult disability", true)]
    [InlineData("adult category:hate-crime", true)]
    [InlineData("adult risk:secondary-victimisation=Medium", true)]
    [InlineData("adult communication risk:intimidation=Medium", true)]
    [InlineData("adult communication", false)] // no specific protection needs: Art. 23 does not apply
    [InlineData("adult category:physical-violence", false)]
    [InlineData("adult", false)]
    public void Clause_23_2_b_interviews_by_trained_professionals(string traits, bool recommended) =>
        Expect.Measure(traits, SpecialMeasures.TrainedInterviewer, "23(2)(b)", recommended);

    [Theory]
    [InlineData("child", true)]
    [InlineData("adult category:sexual-violence", true)]
    [InlineData("adult category:sexual-exploitation", true)]
    [InlineData("adult category:trafficking", true)]
    [InlineData("adult risk:secondary-victimisation=Medium", true)]
    [InlineData("adult category:hate-crime", false)]
    [InlineData("adult risk:repeat-victimisation=High", false)]
    public void Clause_23_2_c_all_interviews_by_the_same_persons(string traits, bool recommended) =>
        Expect.Measure(traits, SpecialMeasures.SameInterviewer, "23(2)(c)", recommended);

    [Theory]
    [InlineData("adult category:sexual-violence wish", true)]
    [InlineData("adult category:gender-based-violence wish", true)]
    [InlineData("adult category:close-relationship-violence wish", true)]
    [InlineData("child category:sexual-violence wish sex:Male", true)]
    [InlineData("adult category:property-crime category:sexual-violence wish", true)]
    [InlineData("adult category:sexual-violence", false)]
    [InlineData("child category:sexual-violence", false)]
    [InlineData("adult category:sexual-exploitation wish", false)]
    [InlineData("adult category:trafficking wish", false)]
    [InlineData("adult category:physical-violence wish risk:intimidation=High", false)]
    public void Clause_23_2_d_a_same_sex_interviewer_only_for_the_listed_crimes_and_only_on_the_victims_wish(string traits, bool recommended)
    {
        Expect.Measure(traits, SpecialMeasures.SameSexInterviewer, "23(2)(d)", recommended);
        if (recommended)
        {
            var grounds = Facts.Evaluate(traits).Measures.Single(m => m.Code == SpecialMeasures.SameSexInterviewer).Grounds;
            Assert.Contains(grounds, g => g.Field == "crimeCategories");
            Assert.Contains(grounds, g => g.Field == "wishes.sameSexInterviewer");
            Assert.DoesNotContain(grounds, g => g.Value == CrimeCategories.PropertyCrime);
        }
    }

    [Theory]
    [InlineData("adult risk:intimidation=Medium", true)]
    [InlineData("adult risk:retaliation=High", true)]
    [InlineData("adult dependent", true)]
    [InlineData("adult offender:FormerPartner", true)]
    [InlineData("adult risk:intimidation=Low", false)]
    [InlineData("adult offender:Acquaintance disability", false)]
    [InlineData("child", false)]
    public void Clause_23_3_a_no_visual_contact_with_the_offender(string traits, bool recommended) =>
        Expect.Measure(traits, SpecialMeasures.NoVisualContact, "23(3)(a)", recommended);

    [Theory]
    [InlineData("adult risk:intimidation=High", true)]
    [InlineData("adult risk:retaliation=High", true)]
    [InlineData("child risk:retaliation=Medium", true)]
    [InlineData("adult abroad disability", true)]
    [InlineData("adult risk:intimidation=Medium", false)]
    [InlineData("child risk:retaliation=Low", false)]
    [InlineData("adult abroad", false)] // no specific protection needs
    public void Clause_23_3_b_heard_without_being_present_in_the_courtroom(string traits, bool recommended) =>
        Expect.Measure(traits, SpecialMeasures.HeardRemotely, "23(3)(b)", recommended);

    [Theory]
    [InlineData("adult category:sexual-violence", true)]
    [InlineData("adult category:sexual-exploitation", true)]
    [InlineData("adult category:trafficking", true)]
    [InlineData("adult category:gender-based-violence", true)]
    [InlineData("adult category:close-relationship-violence", true)]
    [InlineData("adult risk:secondary-victimisation=High", true)]
    [InlineData("adult risk:secondary-victimisation=Medium", false)]
    [InlineData("adult category:terrorism", false)]
    public void Clause_23_3_c_no_unnecessary_questions_about_private_life(string traits, bool recommended) =>
        Expect.Measure(traits, SpecialMeasures.NoPrivateLifeQuestions, "23(3)(c)", recommended);

    [Theory]
    [InlineData("child", true)]
    [InlineData("adult category:sexual-violence", true)]
    [InlineData("adult category:trafficking", true)]
    [InlineData("adult risk:secondary-victimisation=High", true)]
    [InlineData("adult category:gender-based-violence", false)]
    [InlineData("adult risk:secondary-victimisation=Medium", false)]
    public void Clause_23_3_d_a_hearing_without_the_public(string traits, bool recommended) =>
        Expect.Measure(traits, SpecialMeasures.ClosedHearing, "23(3)(d)", recommended);
}
