using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Justice.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Justice.SystemTests;

/// <summary>
/// The identity service seen only through the gateway, as a browser and a portal see it: public addresses, the code
/// flow with PKCE end to end, and a changed user's token refused within a minute.
/// </summary>
[Collection(WholeSystemCollection.Name)]
public sealed partial class EdgeTests(WholeSystem system)
{
    private const string Issuer = "http://localhost:8080/";
    private const string PortalRedirectUri = "http://localhost:5173/callback";

    [Fact]
    public async Task The_discovery_document_fetched_through_the_gateway_names_only_the_gateways_addresses()
    {
        var discovery = await system.Gateway.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        var addresses = discovery.EnumerateObject()
            .Where(member => member.Value.ValueKind == JsonValueKind.String && member.Value.GetString()!.StartsWith("http", StringComparison.Ordinal))
            .Select(member => member.Value.GetString()!)
            .ToList();
        Assert.Contains(Issuer + "connect/token", addresses);
        Assert.Contains(Issuer + "connect/authorize", addresses);
        Assert.Contains(Issuer + ".well-known/jwks", addresses);
        Assert.All(addresses, address => Assert.StartsWith(Issuer, address, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_person_signs_in_with_the_code_flow_and_PKCE_through_the_gateway_and_uses_the_token_there()
    {
        using var browser = Browser();
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

        using var toLogin = await browser.GetAsync(Issuer + "connect/authorize?client_id=regional-portal&response_type=code"
            + $"&scope=openid%20offline_access%20training&redirect_uri={Uri.EscapeDataString(PortalRedirectUri)}&state=xyz"
            + $"&code_challenge={challenge}&code_challenge_method=S256");
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var loginUrl = toLogin.Headers.Location!;
        Assert.StartsWith(Issuer + "account/login", loginUrl.ToString(), StringComparison.Ordinal);

        var page = await browser.GetStringAsync(loginUrl);
        using var signedIn = await browser.PostAsync(Issuer + "account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
            ["returnUrl"] = WebUtility.HtmlDecode(Hidden(page, "returnUrl")),
            ["userName"] = "admin",
            ["password"] = system.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var withCode = await browser.GetAsync(new Uri(new Uri(Issuer), signedIn.Headers.Location!));
        var callback = withCode.Headers.Location!;
        Assert.StartsWith(PortalRedirectUri, callback.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);

        // A refused (429) request never reaches the identity service, so the single-use code is still unused.
        using var exchanged = await TokenRequests.PatientlyAsync(() => browser.PostAsync(Issuer + "connect/token",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["client_id"] = "regional-portal",
                ["code"] = query["code"].ToString(),
                ["redirect_uri"] = PortalRedirectUri,
                ["code_verifier"] = verifier,
            })));
        var tokens = await TokenRequests.ReadAsync(exchanged);
        using var api = new HttpClient { BaseAddress = system.Gateway.BaseAddress }.WithToken(tokens.AccessToken);
        using var practitioners = await api.GetAsync("/api/training/practitioners");

        Assert.Equal("xyz", query["state"].ToString());
        Assert.Equal(HttpStatusCode.OK, practitioners.StatusCode);
        Assert.True(practitioners.Headers.CacheControl?.NoStore);
        Assert.False(practitioners.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("demoted")]
    [InlineData("disabled")]
    public async Task A_users_token_is_refused_within_a_minute_of_their_being_demoted_or_disabled(string change)
    {
        var userName = $"coordinator-{Guid.NewGuid():N}"[..30];
        using var created = await system.AdminGateway.PostAsJsonAsync("/api/identity/users", new
        {
            userName, password = "a long enough passphrase", role = "regional-coordinator", regionCode = "BG-05", institution = "Институция",
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await AccountRequests.TakeOverAsync(system.Gateway, userName, "a long enough passphrase");
        var token = (await TokenRequests.PasswordAsync(system.Gateway, userName, "a long enough passphrase")).AccessToken;
        using var coordinator = new HttpClient { BaseAddress = system.Gateway.BaseAddress }.WithToken(token);
        using var before = await coordinator.GetAsync("/api/training/practitioners");

        using var changed = change == "demoted"
            ? await system.AdminGateway.PutAsJsonAsync($"/api/identity/users/{id}/role", new { role = "trainer", regionCode = "BG-05" })
            : await system.AdminGateway.PostAsync($"/api/identity/users/{id}/disable", null);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(changed.IsSuccessStatusCode, $"{change}: {changed.StatusCode}");
        Assert.True(await Eventually.Holds(TimeSpan.FromSeconds(60), async () =>
        {
            using var after = await coordinator.GetAsync("/api/training/practitioners");
            return after.StatusCode == HttpStatusCode.Unauthorized;
        }), $"The {change} user's token was still accepted after 60 s");
    }

    /// <summary>
    /// A browser for which the public address (the issuer's) is the gateway: requests to it go to wherever the gateway
    /// listens under test, and cookies stay with the address the browser asked for.
    /// </summary>
    private HttpClient Browser() =>
        new(new PublicAddressHandler(new Uri(Issuer), system.Gateway.BaseAddress!)
        {
            InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true },
        });

    private static string Hidden(string page, string name) =>
        Regex.Match(page, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value;

    private sealed class PublicAddressHandler(Uri publicAddress, Uri gateway) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { } uri && uri.Authority == publicAddress.Authority)
            {
                request.RequestUri = new UriBuilder(uri) { Host = gateway.Host, Port = gateway.Port }.Uri;
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
