using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Justice.Identity.Tests;

/// <summary>
/// What a browser or client sees of the identity service at its edge: public addresses only, problem details for
/// authorization errors, and the security headers.
/// </summary>
public sealed class EdgeTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task Discovery_names_the_public_address_of_every_endpoint_not_the_one_it_was_asked_at()
    {
        var discovery = await host.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        var addresses = discovery.EnumerateObject()
            .Where(member => member.Value.ValueKind == JsonValueKind.String && member.Value.GetString()!.StartsWith("http", StringComparison.Ordinal))
            .ToDictionary(member => member.Name, member => member.Value.GetString()!);
        Assert.Equal(IdentityHostSettings.Issuer + "connect/token", addresses["token_endpoint"]);
        Assert.Equal(IdentityHostSettings.Issuer + "connect/authorize", addresses["authorization_endpoint"]);
        Assert.Equal(IdentityHostSettings.Issuer + "connect/revoke", addresses["revocation_endpoint"]);
        Assert.All(addresses.Values, address => Assert.StartsWith(IdentityHostSettings.Issuer, address, StringComparison.Ordinal));
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task The_sign_in_page_is_sent_to_at_the_public_address()
    {
        using var response = await Browser().GetAsync("/connect/authorize?client_id=regional-portal&response_type=code&scope=openid"
            + $"&redirect_uri={Uri.EscapeDataString(IdentityHostSettings.PortalRedirectUri)}&code_challenge_method=S256"
            + "&code_challenge=" + new string('a', 43));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(IdentityHostSettings.Issuer + "account/login?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authorization_request_that_cannot_go_back_to_the_client_is_answered_with_problem_details()
    {
        using var response = await Browser().GetAsync("/connect/authorize?client_id=no-such-client&response_type=code&scope=openid"
            + "&redirect_uri=http%3A%2F%2Fevil.test%2F");

        var problem = await ProblemAssertions.AssertNamesAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal("invalid_request", problem.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_sign_in_page_carries_a_restrictive_content_security_policy_and_no_referrer()
    {
        using var response = await Browser().GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task An_answer_to_a_signed_in_caller_is_not_stored_and_JSON_carries_no_policy_meant_for_pages()
    {
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);

        using var response = await admin.GetAsync("/api/identity/users");
        using var anonymous = await host.CreateClient().GetAsync("/.well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.NotEqual(true, anonymous.Headers.CacheControl?.NoStore);
    }

    private HttpClient Browser() =>
        host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
