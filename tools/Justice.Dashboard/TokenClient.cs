using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Justice.Dashboard;

/// <summary>
/// The machine client's access token from the gateway's token endpoint (client credentials, scope <c>monitoring</c>),
/// kept until three quarters of its life have passed and then fetched anew.
/// </summary>
public sealed class TokenClient(HttpClient http, Uri gateway, string clientId, string secret, TimeProvider time)
{
    public const string Scope = "monitoring";
    private const int Attempts = 5;

    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is not null && time.GetUtcNow() < _renewAt)
        {
            return _token;
        }
        var issued = time.GetUtcNow();
        var answer = await RequestAsync(cancellationToken);
        _renewAt = issued + TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn, 0) * 3 / 4);
        return _token = answer.AccessToken!;
    }

    /// <summary>Drops the token kept, so that the next call fetches one: the server no longer took it.</summary>
    public void Forget() => _token = null;

    private async Task<TokenAnswer> RequestAsync(CancellationToken cancellationToken)
    {
        var endpoint = new Uri(gateway, "/connect/token");
        for (var attempt = 1; ; attempt++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = secret,
                ["scope"] = Scope,
            });
            HttpResponseMessage response;
            try
            {
                response = await http.PostAsync(endpoint, form, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new DashboardException(FailureKind.Unreachable, gateway.GetLeftPart(UriPartial.Authority), e);
            }
            using (response)
            {
                // The gateway limits token requests per address: wait as it asks, a few times.
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < Attempts)
                {
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), time, cancellationToken);
                    continue;
                }
                return await ReadAsync(response, cancellationToken);
            }
        }
    }

    private async Task<TokenAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
            return answer is { AccessToken.Length: > 0 }
                ? answer
                : throw new InvalidOperationException("The token endpoint answered without an access token.");
        }
        // A server error, or no token endpoint at that address: nothing there to sign in with.
        if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            throw new DashboardException(FailureKind.Unreachable, gateway.GetLeftPart(UriPartial.Authority));
        }
        var error = await ErrorAsync(response, cancellationToken);
        throw error == "invalid_client"
            ? new DashboardException(FailureKind.SecretRefused, clientId)
            : new DashboardException(FailureKind.Denied, clientId);
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return (await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken))?.Error;
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // not OAuth's JSON: a proxy's page, say
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("error")] string? Error);
}
