using System.Text.Json;
using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>The facts, the outcome and the diff travel as JSON with their enums as names, as the API returns them.</summary>
public sealed class JsonShapeTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Facts_round_trip_with_enums_as_names()
    {
        var facts = Facts.Of("child category:sexual-violence risk:intimidation=High wish declined:closed-hearing");

        var json = JsonSerializer.Serialize(facts, Web);
        var back = JsonSerializer.Deserialize<AssessmentFacts>(json, Web)!;

        Assert.Contains("\"ageGroup\":\"Child\"", json, StringComparison.Ordinal);
        Assert.Contains("\"level\":\"High\"", json, StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(back, Web), json);
        Assert.Equal(ProtectionRules.Evaluate(facts).Measures.Select(m => (m.Code, m.Status)),
            ProtectionRules.Evaluate(back).Measures.Select(m => (m.Code, m.Status)));
    }

    [Fact]
    public void Facts_missing_a_required_section_are_refused()
    {
        var json = JsonSerializer.Serialize(Facts.Adult, Web).Replace("\"severity\":\"Minor\",", "", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AssessmentFacts>(json, Web));
    }

    [Fact]
    public void An_outcome_and_a_diff_read_as_names()
    {
        var before = new AssessmentVersion(1, Facts.Child, ProtectionRules.Evaluate(Facts.Child));
        var after = new AssessmentVersion(2, Facts.Of("child declined:closed-hearing"), ProtectionRules.Evaluate(Facts.Of("child declined:closed-hearing")));

        var outcome = JsonSerializer.Serialize(after.Outcome, Web);
        var diff = JsonSerializer.Serialize(ReassessmentDiff.Between(before, after), Web);

        Assert.Contains("\"status\":\"Declined\"", outcome, StringComparison.Ordinal);
        Assert.Contains("\"requiredDepth\":\"Basic\"", outcome, StringComparison.Ordinal);
        Assert.Contains("{\"field\":\"closed-hearing\",\"kind\":\"Changed\",\"before\":\"Recommended\",\"after\":\"Declined\"}", diff, StringComparison.Ordinal);
    }
}
