using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Justice.Testing;

/// <summary>Asks the identity service's token endpoint for real tokens, as a client would.</summary>
public static class TokenRequests
{
    public const string CliClientId = "justice-cli";

    /// <summary>A token for every service (each service's scope puts its audience in the token): what most tests need.</summary>
    public const string AllServices = "training network identity assessment monitoring publicity";

    /// <summary>What a person's client asks for by default: every service, and a refresh token.</summary>
    public const string PersonScopes = "offline_access " + AllServices;

    public static Task<HttpResponseMessage> RequestPasswordAsync(HttpClient identity, string userName, string password,
        string scope = PersonScopes) =>
        identity.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = CliClientId,
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = scope,
        }));

    /// <summary>
    /// A token for a person. The gateway limits token requests per address (10 in 10 s), and tests share one address:
    /// past the limit this waits as a client would (<c>Retry-After</c>) and asks again. Tests of the limit itself use
    /// <see cref="RequestPasswordAsync"/>, which never retries.
    /// </summary>
    public static async Task<TokenResponse> PasswordAsync(HttpClient identity, string userName, string password,
        string scope = PersonScopes)
    {
        using var response = await PatientlyAsync(() => RequestPasswordAsync(identity, userName, password, scope));
        return await ReadAsync(response);
    }

    public static Task<HttpResponseMessage> RequestRefreshAsync(HttpClient identity, string refreshToken) =>
        identity.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = CliClientId,
            ["refresh_token"] = refreshToken,
        }));

    public static async Task<TokenResponse> ClientCredentialsAsync(HttpClient identity, string clientId, string secret,
        string scope = AllServices)
    {
        using var response = await PatientlyAsync(() => identity.PostAsync("/connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = secret,
                ["scope"] = scope,
            })));
        return await ReadAsync(response);
    }

    /// <summary>Sends, and while the answer is 429 waits its <c>Retry-After</c> (at most a few times) and sends again.</summary>
    public static async Task<HttpResponseMessage> PatientlyAsync(Func<Task<HttpResponseMessage>> send)
    {
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == attempts)
            {
                return response;
            }
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait + TimeSpan.FromMilliseconds(100));
        }
    }

    public static async Task<TokenResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request refused ({(int)response.StatusCode}): {body}");
        }
        return JsonSerializer.Deserialize<TokenResponse>(body)!;
    }

    /// <summary>The claims of a JWT's payload (no signature check: for asserting what a token says).</summary>
    public static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Convert.FromBase64String(part)).RootElement.Clone();
    }
}

public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>The password change of an account someone else created, which must happen before its first sign-in.</summary>
public static class AccountRequests
{
    /// <summary>
    /// What the holder of a new account does first: replaces the password they were given (<c>POST /account/password</c>,
    /// no token). Tests keep signing in with the password they created the user with, so it is changed to another and
    /// back (a new password must differ from the current one).
    /// </summary>
    public static async Task TakeOverAsync(HttpClient identity, string userName, string password)
    {
        var interim = password + "-interim";
        await ChangeAsync(identity, userName, password, interim);
        await ChangeAsync(identity, userName, interim, password);
    }

    public static Task<HttpResponseMessage> RequestChangeAsync(HttpClient identity, string userName, string current, string password) =>
        identity.PostAsJsonAsync("/account/password", new { userName, currentPassword = current, password });

    private static async Task ChangeAsync(HttpClient identity, string userName, string current, string password)
    {
        using var response = await RequestChangeAsync(identity, userName, current, password);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Password not changed ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
        }
    }
}
