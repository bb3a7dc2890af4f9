using Justice.Testing;

namespace Justice.Network.Tests;

/// <summary>The OpenAPI document describes the read-only regions API: who may call each operation and how it fails.</summary>
public sealed class OpenApiTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task The_document_describes_every_operation_with_an_id_a_summary_and_who_may_call()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        var operations = document.Operations;
        Assert.Equal(
            [
                "delete /api/network/councils/{id}/members/{memberId}", "delete /api/network/institutions/{id}",
                "delete /api/network/meetings/{id}", "delete /api/network/meetings/{id}/minutes",
                "delete /api/network/regions/{code}/team/members/{practitionerId}", "get /api/network/cases",
                "get /api/network/cases/{caseId}/referrals", "get /api/network/cases/{id}",
                "get /api/network/cases/{id}/evaluation", "get /api/network/cases/{id}/information",
                "get /api/network/cases/{id}/plan", "get /api/network/councils", "get /api/network/councils/{id}",
                "get /api/network/figures/cooperation", "get /api/network/institutions/{id}", "get /api/network/meetings",
                "get /api/network/meetings/{id}", "get /api/network/meetings/{id}/minutes", "get /api/network/referrals/{id}",
                "get /api/network/regions", "get /api/network/regions/{code}",
                "get /api/network/regions/{code}/figures/cooperation", "get /api/network/regions/{code}/institutions",
                "get /api/network/regions/{code}/referrals/overdue", "get /api/network/regions/{code}/roster",
                "get /api/network/regions/{code}/team", "post /api/network/cases", "post /api/network/cases/{caseId}/referrals",
                "post /api/network/cases/{id}/close", "post /api/network/cases/{id}/conferences",
                "post /api/network/cases/{id}/feedback-invitation", "post /api/network/cases/{id}/interviews",
                "post /api/network/cases/{id}/plan/actions", "post /api/network/cases/{id}/plan/actions/{actionId}/done",
                "post /api/network/cases/{id}/plan/reviews", "post /api/network/councils",
                "post /api/network/councils/{id}/members", "post /api/network/institutions/import", "post /api/network/meetings",
                "post /api/network/referrals/{id}/accept", "post /api/network/referrals/{id}/complete",
                "post /api/network/referrals/{id}/reject", "post /api/network/referrals/{id}/revoke",
                "post /api/network/regions/{code}/institutions", "put /api/network/cases/{id}/information/{rightCode}",
                "put /api/network/cases/{id}/lead", "put /api/network/councils/{id}", "put /api/network/institutions/{id}",
                "put /api/network/meetings/{id}", "put /api/network/meetings/{id}/minutes",
                "put /api/network/regions/{code}/team/members/{practitionerId}",
            ],
            operations.Keys.Order(StringComparer.Ordinal));
        Assert.All(operations, o =>
        {
            Assert.True(o.Value.TryGetProperty("operationId", out _), $"{o.Key} has no operationId");
            Assert.True(o.Value.TryGetProperty("summary", out _), $"{o.Key} has no summary");
        });
        Assert.Equal("Public: no token needed.", operations["get /api/network/regions"].GetProperty("description").GetString());
        Assert.False(operations["get /api/network/regions/{code}"].GetProperty("responses").TryGetProperty("401", out _));
        var roster = operations["get /api/network/regions/{code}/roster"].GetProperty("responses");
        Assert.True(roster.TryGetProperty("401", out _));
        Assert.True(roster.TryGetProperty("404", out _));
        var figures = operations["get /api/network/regions/{code}/figures/cooperation"];
        Assert.StartsWith("Who may call: national-admin, evaluator, regional-coordinator, service.",
            figures.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(figures.GetProperty("responses").TryGetProperty("403", out _));
        Assert.True(figures.GetProperty("responses").TryGetProperty("404", out _));
    }

    [Fact]
    public async Task The_document_passes_Spectrals_oas_ruleset_without_errors()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        Assert.Empty(await OpenApiLint.ErrorsAsync(document.Root.GetRawText()));
    }
}
