using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Referrals;

/// <summary>The OpenAPI document tells who may call each referral operation, what it takes and how it fails.</summary>
[Collection(ReferralsCollection.Name)]
public sealed class ReferralsOpenApiTests(NetworkHost host)
{
    public static TheoryData<string, string[]> Failures() => new()
    {
        { "post /api/network/cases/{caseId}/referrals", ["400", "401", "403", "404", "409"] },
        { "get /api/network/cases/{caseId}/referrals", ["400", "401", "403", "404"] },
        { "get /api/network/referrals/{id}", ["401", "403", "404"] },
        { "post /api/network/referrals/{id}/accept", ["401", "403", "404", "409"] },
        { "post /api/network/referrals/{id}/reject", ["400", "401", "403", "404", "409"] },
        { "post /api/network/referrals/{id}/complete", ["401", "403", "404", "409"] },
        { "post /api/network/referrals/{id}/revoke", ["400", "401", "403", "404", "409"] },
        { "get /api/network/regions/{code}/referrals/overdue", ["400", "401", "403", "404"] },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Each_referral_operation_says_who_may_call_and_how_it_fails(string operation, string[] statuses)
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        var described = document.Operations[operation];
        Assert.True(described.TryGetProperty("operationId", out _));
        Assert.True(described.TryGetProperty("summary", out _));
        Assert.StartsWith("Who may call: national-admin, regional-coordinator, practitioner.",
            described.GetProperty("description").GetString(), StringComparison.Ordinal);
        var responses = described.GetProperty("responses");
        Assert.All(statuses, status => Assert.True(responses.TryGetProperty(status, out _), $"{operation} does not describe {status}"));
    }

    [Fact]
    public async Task A_referrals_body_names_its_consent_fields()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        var body = document.Operations["post /api/network/cases/{caseId}/referrals"].GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var consent = document.Schema(Reference(document.Schema(body).GetProperty("properties").GetProperty("consent")));
        Assert.Equal(["at", "form", "given"], consent.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>The <c>$ref</c> of a property, itself or (for a nullable one) among its alternatives.</summary>
    private static JsonElement Reference(JsonElement property) =>
        property.TryGetProperty("$ref", out _)
            ? property
            : property.EnumerateObject().Where(p => p.Name is "oneOf" or "anyOf")
                .SelectMany(p => p.Value.EnumerateArray()).Single(alternative => alternative.TryGetProperty("$ref", out _));
}
