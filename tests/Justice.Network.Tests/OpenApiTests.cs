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
                "delete /api/network/institutions/{id}",
                "delete /api/network/regions/{code}/team/members/{practitionerId}",
                "get /api/network/institutions/{id}",
                "get /api/network/regions",
                "get /api/network/regions/{code}",
                "get /api/network/regions/{code}/institutions",
                "get /api/network/regions/{code}/roster",
                "get /api/network/regions/{code}/team",
                "post /api/network/institutions/import",
                "post /api/network/regions/{code}/institutions",
                "put /api/network/institutions/{id}",
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
    }

    [Fact]
    public async Task The_document_passes_Spectrals_oas_ruleset_without_errors()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        Assert.Empty(await OpenApiLint.ErrorsAsync(document.Root.GetRawText()));
    }
}
