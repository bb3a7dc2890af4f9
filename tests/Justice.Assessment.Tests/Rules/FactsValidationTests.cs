using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>Wrong facts are named by field, with a message in each language, before the rules see them.</summary>
public sealed class FactsValidationTests
{
    [Fact]
    public void Sound_facts_of_either_model_pass() =>
        Assert.All(new[] { Facts.Adult, Facts.Child, Facts.Of("child age-presumed category:sexual-violence wish") },
            facts => Assert.Empty(FactsValidation.Validate(facts)));

    public static TheoryData<string, string> WrongFacts => new()
    {
        { "unknown crime category", "crimeCategories[1]" },
        { "repeated crime category", "crimeCategories[1]" },
        { "no crime category", "crimeCategories" },
        { "child questions on an adult", "child" },
        { "child without child questions", "child" },
        { "adult presumed a child", "agePresumed" },
        { "risk above none without a reason", "risks[2].reason" },
        { "risk reason too long", "risks[0].reason" },
        { "unknown risk", "risks[4].risk" },
        { "risk rated twice", "risks[4].risk" },
        { "risk not rated", "risks" },
        { "undefined level", "risks[1].level" },
        { "undefined severity", "severity" },
        { "undefined relationship", "circumstances.relationship" },
        { "unknown declined measure", "wishes.declinedMeasures[0]" },
        { "adult declines an Art. 24 measure", "wishes.declinedMeasures[0]" },
        { "wishes and declines a same-sex interviewer", "wishes.declinedMeasures[0]" },
        { "same-sex wish without the victim's sex", "sex" },
    };

    [Theory]
    [MemberData(nameof(WrongFacts))]
    public void A_wrong_fact_is_named_by_its_field(string wrong, string field)
    {
        var errors = FactsValidation.Validate(Wrong(wrong));

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.All(new[] { error.Message.Bg, error.Message.En, error.Message.Fr }, Assert.NotEmpty);
        Assert.NotEqual(error.Message.Bg, error.Message.En);
    }

    [Fact]
    public void An_unknown_code_lists_the_known_ones()
    {
        var error = Assert.Single(FactsValidation.Validate(Wrong("unknown crime category")));

        Assert.Contains(CrimeCategories.SexualViolence, error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_sections_are_reported_not_thrown()
    {
        var facts = Facts.Adult with { CrimeCategories = null!, Risks = null!, Wishes = null!, Circumstances = null!, Characteristics = null! };

        var fields = FactsValidation.Validate(facts).Select(e => e.Field).ToList();

        Assert.Subset(fields.ToHashSet(), new HashSet<string> { "crimeCategories", "risks", "wishes", "circumstances", "characteristics" });
    }

    [Fact]
    public void Completion_refuses_a_basic_assessment_the_facts_require_to_be_extended()
    {
        var basic = Facts.Of("adult category:trafficking");

        Assert.Empty(FactsValidation.Validate(basic));
        Assert.Equal("depth", Assert.Single(FactsValidation.ValidateForCompletion(basic)).Field);
        Assert.Empty(FactsValidation.ValidateForCompletion(basic with { Depth = AssessmentDepth.Extended }));
    }

    private static AssessmentFacts Wrong(string wrong)
    {
        var adult = Facts.Adult;
        var risks = adult.Risks.ToList();
        return wrong switch
        {
            "unknown crime category" => adult with { CrimeCategories = [CrimeCategories.Neglect, "arson"] },
            "repeated crime category" => adult with { CrimeCategories = [CrimeCategories.Neglect, CrimeCategories.Neglect] },
            "no crime category" => adult with { CrimeCategories = [] },
            "child questions on an adult" => adult with { Child = Facts.Child.Child },
            "child without child questions" => Facts.Child with { Child = null },
            "adult presumed a child" => adult with { AgePresumed = true },
            "risk above none without a reason" => adult with { Risks = [.. risks[..2], risks[2] with { Level = RiskLevel.Low, Reason = " " }, risks[3]] },
            "risk reason too long" => adult with { Risks = [risks[0] with { Reason = new string('a', FactsValidation.ReasonMaxLength + 1) }, .. risks[1..]] },
            "unknown risk" => adult with { Risks = [.. risks, new RiskRating("fear", RiskLevel.None, null)] },
            "risk rated twice" => adult with { Risks = [.. risks, risks[0]] },
            "risk not rated" => adult with { Risks = risks[..3] },
            "undefined level" => adult with { Risks = [risks[0], risks[1] with { Level = (RiskLevel)7 }, .. risks[2..]] },
            "undefined severity" => adult with { Severity = (CrimeSeverity)9 },
            "undefined relationship" => adult with { Circumstances = adult.Circumstances with { Relationship = (OffenderRelationship)42 } },
            "unknown declined measure" => adult with { Wishes = new(false, ["silence"]) },
            "adult declines an Art. 24 measure" => adult with { Wishes = new(false, [SpecialMeasures.AudiovisualRecording]) },
            "wishes and declines a same-sex interviewer" => adult with { Wishes = new(true, [SpecialMeasures.SameSexInterviewer]) },
            "same-sex wish without the victim's sex" => adult with { Sex = Sex.NotStated, Wishes = new(true, []) },
            _ => throw new ArgumentException(wrong, nameof(wrong)),
        };
    }
}
