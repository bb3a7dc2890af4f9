using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.SystemTests;

[Collection(WholeSystemCollection.Name)]
public sealed class IdentityTests(WholeSystem system)
{
    [Fact]
    public async Task The_first_national_admin_signs_in_through_the_gateway()
    {
        var tokens = await TokenRequests.PasswordAsync(system.Gateway, "admin", system.AdminPassword);

        var claims = TokenRequests.Payload(tokens.AccessToken);
        Assert.Equal("national-admin", claims.GetProperty("role").GetString());
        Assert.Equal("http://localhost:8080/", claims.GetProperty("iss").GetString());
    }

    [Fact]
    public async Task The_identity_services_keys_are_published_through_the_gateway()
    {
        using var response = await system.Gateway.GetAsync("/.well-known/openid-configuration");
        var metadata = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost:8080/", metadata.GetProperty("issuer").GetString());
        Assert.EndsWith("/.well-known/jwks", metadata.GetProperty("jwks_uri").GetString(), StringComparison.Ordinal);
    }
}
