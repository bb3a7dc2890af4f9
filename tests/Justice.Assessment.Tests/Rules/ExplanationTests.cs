using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>Recommendations explain themselves in the reader's language.</summary>
public sealed class ExplanationTests
{
    [Theory]
    [InlineData("bg", "Препоръчва се мярка по чл. 24(1)(a), защото пострадалият е дете.")]
    [InlineData("en", "Art. 24(1)(a) measure recommended because the victim is a child.")]
    [InlineData("en-GB", "Art. 24(1)(a) measure recommended because the victim is a child.")]
    [InlineData("fr", "Mesure de l'art. 24(1)(a) recommandée parce que la victime est un enfant.")]
    [InlineData("de", "Препоръчва се мярка по чл. 24(1)(a), защото пострадалият е дете.")]
    [InlineData(null, "Препоръчва се мярка по чл. 24(1)(a), защото пострадалият е дете.")]
    public void A_recommendation_reads_in_the_language_asked_for_and_Bulgarian_otherwise(string? language, string expected)
    {
        var recording = Facts.Evaluate("child").Measures.Single(m => m.Code == SpecialMeasures.AudiovisualRecording);

        Assert.Equal(expected, recording.Explanation.In(language));
    }

    [Fact]
    public void Grounds_name_the_crime_and_the_risk_in_words_not_codes()
    {
        var recommendation = Facts.Evaluate("adult category:sexual-violence risk:secondary-victimisation=High")
            .Measures.Single(m => m.Code == SpecialMeasures.NoPrivateLifeQuestions);

        Assert.Equal(
            "Art. 23(3)(c) measure recommended because crime: Sexual violence; risk of secondary victimisation: high.",
            recommendation.Explanation.En);
        Assert.Equal(["crimeCategories", "risks.secondary-victimisation"], recommendation.Grounds.Select(g => g.Field));
        Assert.Contains("Сексуално насилие", recommendation.Explanation.Bg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declined_measure_says_it_is_not_applied()
    {
        var declined = Facts.Evaluate("child declined:closed-hearing").Measures.Single(m => m.Code == SpecialMeasures.ClosedHearing);

        Assert.EndsWith("The victim declined it (Art. 22(6)), so it is not applied.", declined.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("22(6)", declined.Explanation.Bg, StringComparison.Ordinal);
        Assert.Contains("22(6)", declined.Explanation.Fr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_twelve_year_old_victim_of_sexual_violence_gets_what_the_programme_expects()
    {
        var outcome = Facts.Evaluate("child category:sexual-violence");
        var withWish = Facts.Evaluate("child category:sexual-violence wish");

        Assert.True(outcome.Recommends(SpecialMeasures.AudiovisualRecording));
        Assert.False(outcome.Recommends(SpecialMeasures.SameSexInterviewer));
        Assert.True(withWish.Recommends(SpecialMeasures.SameSexInterviewer));
        Assert.Equal(["22(4)", "22(3)"], outcome.ProtectionNeeds.Select(f => f.Clause));
        Assert.Equal(AssessmentDepth.Extended, outcome.RequiredDepth);
        Assert.True(outcome.NeedsSupport(SupportNeeds.TraumaSupport));
        Assert.True(outcome.NeedsSupport(SupportNeeds.Medical));
    }
}
