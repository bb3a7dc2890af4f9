using Justice.Testing;

namespace Justice.Monitoring.Tests.Api;

/// <summary>The OpenAPI document describes every operation (figures, findings, reports), with who may call and how it fails, and passes the linter.</summary>
public sealed class OpenApiTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    [Fact]
    public async Task The_document_describes_every_operation_and_passes_the_linter()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        Assert.Equal(
            [
                "delete /api/monitoring/findings/{id}", "delete /api/monitoring/regions/{code}/targets/{indicator}",
                "get /api/monitoring/export.csv", "get /api/monitoring/findings", "get /api/monitoring/findings/{id}",
                "get /api/monitoring/indicators", "get /api/monitoring/indicators/{indicator}/series", "get /api/monitoring/regions",
                "get /api/monitoring/regions/{code}", "get /api/monitoring/reports/{month}.pdf", "post /api/monitoring/findings",
                "post /api/monitoring/replay", "put /api/monitoring/findings/{id}", "put /api/monitoring/regions/{code}/targets/{indicator}",
            ],
            document.Operations.Keys.Order(StringComparer.Ordinal));
        Assert.All(document.Operations, o =>
        {
            Assert.True(o.Value.TryGetProperty("operationId", out _), $"{o.Key} has no operationId");
            Assert.True(o.Value.TryGetProperty("summary", out _), $"{o.Key} has no summary");
            Assert.True(o.Value.GetProperty("responses").TryGetProperty("401", out _), $"{o.Key} does not say a token is needed");
        });
        Assert.Empty(await OpenApiLint.ErrorsAsync(document.Root.GetRawText()));
    }
}
