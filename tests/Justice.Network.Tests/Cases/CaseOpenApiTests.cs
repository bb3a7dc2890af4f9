using Justice.Testing;

namespace Justice.Network.Tests.Cases;

/// <summary>The OpenAPI document describes the case operations: who may call, and how each fails.</summary>
public sealed class CaseOpenApiTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task Every_case_operation_names_its_callers_and_its_failures()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        // A case's referrals have their own test (ReferralsOpenApiTests).
        var cases = document.Operations.Where(o => o.Key.Contains("/api/network/cases", StringComparison.Ordinal)
            && !o.Key.Contains("/referrals", StringComparison.Ordinal)).ToList();
        Assert.Equal(15, cases.Count);
        Assert.All(cases, o =>
        {
            Assert.StartsWith("Who may call: national-admin, regional-coordinator, practitioner.",
                o.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
            var responses = o.Value.GetProperty("responses");
            Assert.True(responses.TryGetProperty("401", out _), $"{o.Key} has no 401");
            Assert.True(responses.TryGetProperty("403", out _), $"{o.Key} has no 403");
            if (o.Key.Contains("{id}", StringComparison.Ordinal))
            {
                Assert.True(responses.TryGetProperty("404", out _), $"{o.Key} has no 404");
            }
            if (!o.Key.StartsWith("get ", StringComparison.Ordinal))
            {
                Assert.True(responses.TryGetProperty("409", out _), $"{o.Key} has no 409");
            }
        });
        Assert.True(document.Operations["post /api/network/cases/{id}/conferences"].GetProperty("responses").TryGetProperty("400", out _));
    }
}
