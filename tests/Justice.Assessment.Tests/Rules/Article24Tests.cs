using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>Art. 24: the protection of child victims.</summary>
public sealed class Article24Tests
{
    [Theory]
    [InlineData("child", true)]
    [InlineData("child age-presumed", true)]
    [InlineData("child category:sexual-violence", true)]
    [InlineData("adult", false)]
    [InlineData("adult category:sexual-violence severe risk:secondary-victimisation=High", false)]
    public void Clause_24_1_a_a_childs_interviews_are_audiovisually_recorded(string traits, bool recommended) =>
        Expect.Measure(traits, SpecialMeasures.AudiovisualRecording, "24(1)(a)", recommended);

    [Theory]
    [InlineData("child conflict", true)]
    [InlineData("child unaccompanied", true)]
    [InlineData("child no-representative", true)]
    [InlineData("child", false)]
    [InlineData("child offender:Family", false)]
    [InlineData("adult", false)]
    public void Clause_24_1_b_a_special_representative_for_a_child(string traits, bool recommended) =>
        Expect.Measure(traits, SpecialMeasures.SpecialRepresentative, "24(1)(b)", recommended);

    [Theory]
    [InlineData("child conflict", true)]
    [InlineData("child conflict unaccompanied", true)]
    [InlineData("child unaccompanied", false)]
    [InlineData("child no-representative", false)]
    [InlineData("child", false)]
    public void Clause_24_1_c_legal_representation_in_the_childs_own_name(string traits, bool recommended) =>
        Expect.Measure(traits, SpecialMeasures.OwnLegalRepresentation, "24(1)(c)", recommended);

    [Theory]
    [InlineData("2014-05-01", false, AgeGroup.Child, false)]
    [InlineData("2008-12-02", false, AgeGroup.Child, false)] // 18 tomorrow
    [InlineData("2008-12-01", false, AgeGroup.Adult, false)] // 18 today
    [InlineData("1990-01-01", false, AgeGroup.Adult, false)]
    [InlineData("1990-01-01", true, AgeGroup.Child, true)]   // the stated birth date is doubted
    [InlineData(null, true, AgeGroup.Child, true)]
    [InlineData(null, false, AgeGroup.Child, true)]
    public void Clause_24_2_a_victim_of_uncertain_age_is_presumed_to_be_a_child(string? birthDate, bool uncertain, AgeGroup group, bool presumed)
    {
        var assessmentDate = new DateOnly(2026, 12, 1);

        var age = AgeGroups.Determine(birthDate is null ? null : DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture),
            assessmentDate, uncertain);

        Assert.Equal(new AgeDetermination(group, presumed), age);
        var facts = (group == AgeGroup.Child ? Facts.Child : Facts.Adult) with { AgePresumed = age.Presumed };
        var outcome = ProtectionRules.Evaluate(facts);
        Assert.Equal(presumed, outcome.ProtectionNeeds.Any(f => f.Clause == "24(2)"));
        Assert.Equal(group == AgeGroup.Child, outcome.Recommends(SpecialMeasures.AudiovisualRecording));
        Assert.Empty(FactsValidation.Validate(facts));
    }
}
