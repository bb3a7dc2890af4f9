using Justice.Testing;

namespace Justice.Identity.Tests;

/// <summary>The OpenAPI document describes the users and two-factor operations, and leaves the OpenID Connect ones out.</summary>
public sealed class OpenApiTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task The_document_describes_every_operation_with_an_id_a_summary_and_its_problems()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        Assert.Equal(
            [
                "delete /api/identity/me/two-factor", "delete /api/identity/users/{id}", "get /api/identity/users",
                "get /api/identity/users/{id}", "post /account/password", "post /api/identity/me/password",
                "post /api/identity/me/sign-out",
                "post /api/identity/me/two-factor", "post /api/identity/me/two-factor/confirm", "post /api/identity/users",
                "post /api/identity/users/{id}/disable", "post /api/identity/users/{id}/enable", "post /api/identity/users/{id}/password",
                "post /api/identity/users/{id}/unlock", "put /api/identity/users/{id}/role",
            ],
            document.Operations.Keys.Order(StringComparer.Ordinal));
        Assert.All(document.Operations, o =>
        {
            Assert.True(o.Value.TryGetProperty("operationId", out _), $"{o.Key} has no operationId");
            Assert.True(o.Value.TryGetProperty("summary", out _), $"{o.Key} has no summary");
            var responses = o.Value.GetProperty("responses");
            Assert.Contains(responses.EnumerateObject(), r => r.Name.StartsWith('2'));
            // The one operation without a token: changing a password someone else chose, before the first sign-in.
            Assert.True(o.Key == "post /account/password" || responses.TryGetProperty("401", out _), $"{o.Key} does not say it needs a token");
            Assert.True(responses.TryGetProperty("403", out _), $"{o.Key} does not say it may be refused");
        });
        var create = document.Operations["post /api/identity/users"];
        Assert.Equal("Who may call: national-admin, regional-coordinator. Regional roles act within their own region only.",
            create.GetProperty("description").GetString());
        Assert.Contains("application/problem+json",
            create.GetProperty("responses").GetProperty("400").GetProperty("content").EnumerateObject().Select(c => c.Name));
    }

    [Theory]
    [InlineData("post /api/identity/users", "userName,password,role,institution", "regionCode")]
    [InlineData("put /api/identity/users/{id}/role", "role", "regionCode")]
    [InlineData("post /api/identity/me/two-factor/confirm", "code", "")]
    [InlineData("post /account/password", "userName,currentPassword,password", "code")]
    [InlineData("post /api/identity/users/{id}/password", "password", "")]
    public async Task Each_write_operation_has_its_body_schema_from_its_request_type(string operation, string required, string optional)
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        var body = document.Operations[operation].GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
        var schema = document.Schema(body.GetProperty("schema"));
        string[] requiredNames = required.Split(',');
        string[] allNames = [.. requiredNames, .. optional.Split(',', StringSplitOptions.RemoveEmptyEntries)];
        Assert.Equal(requiredNames.Order(StringComparer.Ordinal),
            schema.GetProperty("required").EnumerateArray().Select(name => name.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(allNames.Order(StringComparer.Ordinal),
            schema.GetProperty("properties").EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public async Task The_document_passes_Spectrals_oas_ruleset_without_errors()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        Assert.Empty(await OpenApiLint.ErrorsAsync(document.Root.GetRawText()));
    }
}
