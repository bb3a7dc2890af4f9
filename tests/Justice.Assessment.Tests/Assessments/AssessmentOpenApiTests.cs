using Justice.Testing;

namespace Justice.Assessment.Tests.Assessments;

/// <summary>The service's OpenAPI document: every operation says who may call it, and Spectral finds no error in it.</summary>
public sealed class AssessmentOpenApiTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    [Fact]
    public async Task Every_assessment_operation_says_who_may_call_it_and_how_it_fails()
    {
        var document = await OpenApiDocument.ReadAsync(host.Assessment.CreateClient());

        var assessments = document.Operations.Where(o => o.Key.Contains("/assessments", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, assessments.Count);
        Assert.All(assessments, o =>
        {
            Assert.StartsWith("Who may call", o.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.True(o.Value.GetProperty("responses").TryGetProperty("401", out _), $"{o.Key} does not say it needs a token");
            Assert.True(o.Value.GetProperty("responses").TryGetProperty("403", out _), $"{o.Key} does not say it may be refused");
        });
        Assert.Equal("Who may call: national-admin, practitioner. Regional roles act within their own region only.",
            document.Operations["post /api/assessment/victims/{victimId}/assessments/{version}/complete"].GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_document_passes_Spectrals_oas_ruleset_without_errors()
    {
        var document = await OpenApiDocument.ReadAsync(host.Assessment.CreateClient());

        Assert.Empty(await OpenApiLint.ErrorsAsync(document.Root.GetRawText()));
    }
}
