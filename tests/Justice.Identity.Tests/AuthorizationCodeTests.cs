using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Justice.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Justice.Identity.Tests;

/// <summary>A browser portal signs a person in with the authorization code flow and PKCE.</summary>
public sealed partial class AuthorizationCodeTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    private readonly string _verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task A_person_signs_in_on_the_login_page_and_the_portal_exchanges_the_code_with_its_verifier()
    {
        var browser = Browser();

        var code = await SignInAndGetCodeAsync(browser);
        using var exchanged = await ExchangeAsync(code, _verifier);

        var tokens = await TokenRequests.ReadAsync(exchanged);
        Assert.Equal("national-admin", TokenRequests.Payload(tokens.AccessToken).GetProperty("role").GetString());
        Assert.NotNull(tokens.RefreshToken);
    }

    [Fact]
    public async Task A_code_with_the_wrong_verifier_is_refused()
    {
        var code = await SignInAndGetCodeAsync(Browser());

        using var exchanged = await ExchangeAsync(code, WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(HttpStatusCode.BadRequest, exchanged.StatusCode);
    }

    [Fact]
    public async Task A_request_without_PKCE_gets_no_code()
    {
        using var response = await Browser().GetAsync(
            $"/connect/authorize?client_id=regional-portal&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(IdentityHostSettings.PortalRedirectUri)}");

        var location = response.Headers.Location?.ToString() ?? "";
        Assert.DoesNotContain("code=", location, StringComparison.Ordinal);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest || location.Contains("error=invalid_request", StringComparison.Ordinal), location);
    }

    [Fact]
    public async Task A_plain_code_challenge_is_refused()
    {
        using var response = await Browser().GetAsync(
            $"/connect/authorize?client_id=regional-portal&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(IdentityHostSettings.PortalRedirectUri)}"
            + $"&code_challenge={_verifier}&code_challenge_method=plain");

        var problem = await ProblemAssertions.AssertNamesAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("invalid_request", problem.GetProperty("error").GetString());
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_wrong_password_on_the_login_page_is_refused_in_the_readers_language()
    {
        var browser = Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await browser.GetStringAsync("/account/login?ReturnUrl=%2F");

        using var response = await browser.PostAsync("/account/login", LoginForm(page, IdentityHostSettings.AdminUserName, "wrong"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The user name or password is wrong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_login_page_and_the_token_endpoint_share_one_throttle()
    {
        await host.CreateUserAsync(await host.AdminAsync(), "form-throttled", "trainer", "BG-17");
        for (var attempt = 0; attempt < Accounts.SignInThrottle.SourceLimit; attempt++)
        {
            using var wrong = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "form-throttled", $"wrong passphrase {attempt}");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        var browser = Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await browser.GetStringAsync("/account/login?ReturnUrl=%2F");

        using var response = await browser.PostAsync("/account/login", LoginForm(page, "form-throttled", AccountTestSupport.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Too many failed attempts from here.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A browser at the public address (the issuer's), where the sign-in page sends it and its cookies live.</summary>
    private HttpClient Browser() => host.Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri(IdentityHostSettings.Issuer),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    private async Task<string> SignInAndGetCodeAsync(HttpClient browser)
    {
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(_verifier)));
        var authorize = "/connect/authorize?client_id=regional-portal&response_type=code&scope=openid%20offline_access"
            + $"&redirect_uri={Uri.EscapeDataString(IdentityHostSettings.PortalRedirectUri)}&state=abc"
            + $"&code_challenge={challenge}&code_challenge_method=S256";

        using var toLogin = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var loginUrl = toLogin.Headers.Location!;
        Assert.StartsWith("/account/login", loginUrl.IsAbsoluteUri ? loginUrl.PathAndQuery : loginUrl.OriginalString, StringComparison.Ordinal);

        var page = await browser.GetStringAsync(loginUrl);
        using var signedIn = await browser.PostAsync("/account/login", LoginForm(page, IdentityHostSettings.AdminUserName, host.Settings.AdminPassword));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var withCode = await browser.GetAsync(signedIn.Headers.Location);
        var callback = withCode.Headers.Location!;
        Assert.StartsWith(IdentityHostSettings.PortalRedirectUri, callback.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("abc", query["state"].ToString());
        return query["code"].ToString();
    }

    private Task<HttpResponseMessage> ExchangeAsync(string code, string verifier) =>
        host.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "regional-portal",
            ["code"] = code,
            ["redirect_uri"] = IdentityHostSettings.PortalRedirectUri,
            ["code_verifier"] = verifier,
        }));

    private static FormUrlEncodedContent LoginForm(string page, string userName, string password)
    {
        string Hidden(string name) => HiddenField(page, name);
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden("__RequestVerificationToken"),
            ["returnUrl"] = System.Net.WebUtility.HtmlDecode(Hidden("returnUrl")),
            ["userName"] = userName,
            ["password"] = password,
        });
    }

    private static string HiddenField(string page, string name) =>
        Regex.Match(page, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value;
}
