using Justice.Testing;

namespace Justice.Assessment.Tests.Victims;

/// <summary>The OpenAPI document describes the victims' endpoints: who may call, the purpose they must state, their problems.</summary>
public sealed class VictimsOpenApiTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private static readonly string[] Operations =
    [
        "post /api/assessment/victims", "get /api/assessment/victims", "get /api/assessment/victims/{id}",
        "put /api/assessment/victims/{id}", "post /api/assessment/victims/lookup", "post /api/assessment/victims/{id}/break-the-glass",
        "get /api/assessment/victims/break-the-glass", "post /api/assessment/keys/rotate", "get /api/assessment/read-audit/verification",
    ];

    [Fact]
    public async Task Every_victims_operation_is_described_and_the_reads_of_personal_fields_ask_for_a_purpose()
    {
        var document = await OpenApiDocument.ReadAsync(host.Assessment.CreateClient());

        foreach (var key in Operations)
        {
            Assert.True(document.Operations.TryGetValue(key, out var operation), $"{key} is not described");
            Assert.True(operation.TryGetProperty("operationId", out _), $"{key} has no operationId");
            Assert.True(operation.TryGetProperty("summary", out _), $"{key} has no summary");
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{key} does not say it needs a token");
        }
        foreach (var read in new[] { "get /api/assessment/victims/{id}", "post /api/assessment/victims/lookup" })
        {
            var parameters = document.Operations[read].GetProperty("parameters").EnumerateArray()
                .Select(p => $"{p.GetProperty("in").GetString()}:{p.GetProperty("name").GetString()}").ToList();
            Assert.Contains("header:X-Access-Purpose", parameters);
            Assert.Contains("query:purpose", parameters);
            Assert.True(document.Operations[read].GetProperty("responses").TryGetProperty("503", out _), $"{read} does not name its 503");
        }
        // The national id is never a path or query parameter.
        Assert.DoesNotContain(document.Operations.Values.SelectMany(o => o.TryGetProperty("parameters", out var p) ? p.EnumerateArray() : default),
            p => p.GetProperty("name").GetString()!.Contains("national", StringComparison.OrdinalIgnoreCase));
    }
}
