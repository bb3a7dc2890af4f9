using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Justice.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Justice.Identity.Tests;

/// <summary>
/// The OpenID Connect endpoints and the sign-in page keep their protocol's answers to bad input (an OAuth error,
/// the page again), and none of it is a server error: U+0000, which no stored text can hold, is refused first.
/// </summary>
public sealed partial class ProtocolBadInputTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    private const string Nul = "\u0000";
    private const string Cli = TokenRequests.CliClientId;

    public static TheoryData<string, string> BadTokenForms => new()
    {
        { "a user name with U+0000", Form(("grant_type", "password"), ("client_id", Cli), ("username", $"ad{Nul}min"), ("password", "x")) },
        { "a password with U+0000", Form(("grant_type", "password"), ("client_id", Cli), ("username", IdentityHostSettings.AdminUserName), ("password", Nul)) },
        { "a client id with U+0000", Form(("grant_type", "client_credentials"), ("client_id", $"national{Nul}"), ("client_secret", "x")) },
        { "a parameter name with U+0000", Form(("grant_type", "password"), ("client_id", Cli), ($"user{Nul}name", "admin"), ("password", "x")) },
        { "an otp with U+0000", Form(("grant_type", "password"), ("client_id", Cli), ("username", "nobody"), ("password", "x"), ("otp", Nul)) },
        { "a refresh token with U+0000", Form(("grant_type", "refresh_token"), ("client_id", Cli), ("refresh_token", Nul)) },
        { "a code with U+0000", Form(("grant_type", "authorization_code"), ("client_id", "regional-portal"), ("code", Nul),
            ("redirect_uri", IdentityHostSettings.PortalRedirectUri), ("code_verifier", Nul)) },
        { "a raw U+0000 byte", $"grant_type=client_credentials&client_id=x{Nul}y&client_secret=z" },
        { "an encoded lone surrogate", "grant_type=client_credentials&client_id=x%ED%A0%80y&client_secret=z" },
        { "a repeated user name", $"grant_type=password&client_id={Cli}&username=admin&username=other&password=x" },
        { "a repeated grant type", $"grant_type=password&grant_type=client_credentials&client_id={Cli}&username=admin&password=x" },
        { "an unknown grant", Form(("grant_type", "magic"), ("client_id", Cli)) },
        { "no parameter at all", "" },
        { "a user name of 10,000 characters", Form(("grant_type", "password"), ("client_id", Cli), ("username", new string('a', 10_000)), ("password", "x")) },
    };

    [Theory]
    [MemberData(nameof(BadTokenForms))]
    public async Task A_bad_token_request_gets_an_OAuth_error_not_a_server_error(string kind, string form)
    {
        using var response = await host.CreateClient().PostAsync("/connect/token",
            new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));

        AssertRefused(response);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("error", out _), kind);
    }

    [Fact]
    public async Task A_token_request_in_JSON_is_refused()
    {
        using var response = await host.CreateClient().PostAsync("/connect/token",
            new StringContent("""{"grant_type":"password","username":"admin"}""", Encoding.UTF8, "application/json"));

        AssertRefused(response);
    }

    [Theory]
    [InlineData("client_id=%00&response_type=code&scope=openid")]
    [InlineData("client_id=regional-portal&response_type=code&scope=%00")]
    [InlineData("client_id=regional-portal&response_type=code&scope=openid&redirect_uri=%00")]
    [InlineData("client_id=regional-portal&response_type=%00")]
    [InlineData("client_id=x%ED%A0%80y&response_type=code")]
    public async Task A_bad_authorization_request_is_refused_not_failed(string query)
    {
        var challenge = "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
        using var response = await Browser().GetAsync(
            $"/connect/authorize?{query}&redirect_uri={Uri.EscapeDataString(IdentityHostSettings.PortalRedirectUri)}{challenge}");

        Assert.True((int)response.StatusCode is >= 300 and < 500, $"{(int)response.StatusCode}");
        Assert.DoesNotContain("code=", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData($"ad{Nul}min", "x", "/")]
    [InlineData(IdentityHostSettings.AdminUserName, Nul, "/")]
    [InlineData(IdentityHostSettings.AdminUserName, "x", $"/{Nul}")]
    public async Task A_sign_in_form_with_U0000_is_refused(string userName, string password, string returnUrl)
    {
        var browser = Browser();
        var page = await browser.GetStringAsync("/account/login");

        using var response = await browser.PostAsync("/account/login", SignInForm(page, userName, password, returnUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("justice.signin=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_very_long_user_name_on_the_sign_in_page_is_a_wrong_user_name()
    {
        var browser = Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await browser.GetStringAsync("/account/login");

        using var response = await browser.PostAsync("/account/login", SignInForm(page, new string('a', 10_000), "x", "/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The user name or password is wrong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_form_without_its_antiforgery_token_is_refused()
    {
        using var response = await Browser().PostAsync("/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "admin", ["password"] = "x" }));

        AssertRefused(response);
    }

    [Fact]
    public async Task A_sign_in_in_JSON_is_refused()
    {
        using var response = await Browser().PostAsync("/account/login",
            new StringContent("""{"userName":"admin","password":"x"}""", Encoding.UTF8, "application/json"));

        AssertRefused(response);
    }

    [Fact]
    public async Task A_return_address_with_U0000_is_refused_naming_it()
    {
        using var response = await Browser().GetAsync("/account/login?ReturnUrl=%00");

        await ProblemAssertions.AssertNamesAsync(response, HttpStatusCode.BadRequest, "ReturnUrl");
    }

    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}");

    private HttpClient Browser() =>
        host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static FormUrlEncodedContent SignInForm(string page, string userName, string password, string returnUrl) =>
        new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
            ["returnUrl"] = returnUrl,
            ["userName"] = userName,
            ["password"] = password,
        });

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryField();

    private static string Form(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(field => $"{Uri.EscapeDataString(field.Name)}={Uri.EscapeDataString(field.Value)}"));
}
