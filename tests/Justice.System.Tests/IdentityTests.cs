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

    [Fact]
    public async Task A_coordinator_created_through_the_gateway_sees_only_their_region()
    {
        using var created = await system.AdminGateway.PostAsJsonAsync("/api/identity/users", new
        {
            userName = "coordinator-vidin", password = "a long enough passphrase", role = "regional-coordinator",
            regionCode = "BG-05", institution = "Окръжен съд – Видин",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var other = await system.AdminGateway.PostAsJsonAsync("/api/training/practitioners",
            new { fullName = "Йордан Вълков", profession = "judge", institution = "Окръжен съд – Враца", regionCode = "BG-06" });
        var otherId = (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await AccountRequests.TakeOverAsync(system.Gateway, "coordinator-vidin", "a long enough passphrase");
        var token = (await TokenRequests.PasswordAsync(system.Gateway, "coordinator-vidin", "a long enough passphrase")).AccessToken;
        using var coordinator = new HttpClient { BaseAddress = system.Gateway.BaseAddress }.WithToken(token);

        var list = await coordinator.GetFromJsonAsync<JsonElement>("/api/training/practitioners?region=BG-06");
        using var read = await coordinator.GetAsync($"/api/training/practitioners/{otherId}");

        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Theory]
    [InlineData("/api/training/practitioners")]
    [InlineData("/api/network/regions/BG-05/roster")]
    [InlineData("/api/identity/users")]
    public async Task Without_a_token_the_gateway_refuses_everything_but_public_data(string path)
    {
        using var refused = await system.Gateway.GetAsync(path);
        using var regions = await system.Gateway.GetAsync("/api/network/regions");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, regions.StatusCode);
    }

    [Fact]
    public async Task The_token_endpoint_answers_429_with_Retry_After_past_its_limit()
    {
        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;
        string? problemType = null;
        // The window is fixed (10 requests in 10 s) and other tests ask for tokens too: a window may turn over during
        // the loop, so it asks until refused, well past one window's worth but within two windows.
        for (var attempt = 0; attempt < 40; attempt++)
        {
            using var response = await TokenRequests.RequestPasswordAsync(system.Gateway, "nobody", "wrong password");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                retryAfter = response.Headers.RetryAfter?.Delta;
                problemType = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString();
                break;
            }
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.NotNull(retryAfter);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-4", problemType);
        // The window reopens for the tests after this one: a refused request takes no permit, an admitted one only one.
        Assert.True(await Eventually.Holds(retryAfter.Value + TimeSpan.FromSeconds(30), async () =>
        {
            using var probe = await TokenRequests.RequestPasswordAsync(system.Gateway, "nobody", "wrong password");
            return probe.StatusCode != HttpStatusCode.TooManyRequests;
        }));
    }
}
