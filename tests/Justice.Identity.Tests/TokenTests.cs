using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Identity.Tests;

public sealed class TokenTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    private readonly HttpClient _client = host.CreateClient();

    [Fact]
    public async Task The_first_national_admin_signs_in_and_gets_a_10_minute_signed_JWT()
    {
        var tokens = await TokenRequests.PasswordAsync(_client, IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);

        var claims = TokenRequests.Payload(tokens.AccessToken);
        Assert.Equal(3, tokens.AccessToken.Split('.').Length); // signed, not encrypted (that would be 5 parts)
        Assert.Equal(IdentityHostSettings.Issuer, claims.GetProperty("iss").GetString());
        Assert.Equal("national-admin", claims.GetProperty("role").GetString());
        Assert.False(claims.TryGetProperty("region", out _));
        Assert.Equal("Ministry of Justice", claims.GetProperty("institution").GetString());
        Assert.Equal(600, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        var audiences = claims.GetProperty("aud").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("training", audiences);
        Assert.Contains("network", audiences);
        Assert.NotNull(tokens.RefreshToken);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_audited()
    {
        using var response = await TokenRequests.RequestPasswordAsync(_client, IdentityHostSettings.AdminUserName, "not-the-password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.True(await host.Settings.Database.ScalarAsync<long>(
            "select count(*) from audit.security_audit where action = 'sign-in' and outcome = 'failed'") >= 1);
    }

    [Fact]
    public async Task A_refresh_token_rotates_and_its_reuse_revokes_the_family()
    {
        var first = await TokenRequests.PasswordAsync(_client, IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);

        using var refreshed = await TokenRequests.RequestRefreshAsync(_client, first.RefreshToken!);
        var second = await TokenRequests.ReadAsync(refreshed);
        using var reused = await TokenRequests.RequestRefreshAsync(_client, first.RefreshToken!);
        using var successor = await TokenRequests.RequestRefreshAsync(_client, second.RefreshToken!);

        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, successor.StatusCode);
        Assert.True(await host.Settings.Database.ScalarAsync<long>(
            "select count(*) from audit.security_audit where action = 'token-refresh' and outcome like 'refused%'") >= 2);
    }

    [Fact]
    public async Task A_machine_client_gets_a_token_with_its_role()
    {
        var tokens = await TokenRequests.ClientCredentialsAsync(_client, IdentityHostSettings.DashboardClientId, host.Settings.DashboardSecret);

        var claims = TokenRequests.Payload(tokens.AccessToken);
        Assert.Equal(IdentityHostSettings.DashboardClientId, claims.GetProperty("sub").GetString());
        Assert.Equal("evaluator", claims.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_machine_client_with_a_wrong_secret_is_refused()
    {
        using var response = await _client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentityHostSettings.DashboardClientId,
            ["client_secret"] = "wrong",
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_signing_key_is_kept_across_restarts()
    {
        var before = await _client.GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        await using var restarted = new ServiceFactory<IdentityProgram>(host.Settings.Values);
        var after = await restarted.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks");

        static string Kids(JsonElement jwks) => string.Join(",", jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()));
        Assert.Equal(Kids(before), Kids(after));
    }

    [Fact]
    public async Task The_audit_log_is_append_only()
    {
        await TokenRequests.RequestPasswordAsync(_client, "nobody", "nothing");

        var update = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => host.Settings.Database.ExecuteAsync("update audit.security_audit set outcome = 'x'"));
        var delete = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => host.Settings.Database.ExecuteAsync("delete from audit.security_audit"));
        var truncate = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => host.Settings.Database.ExecuteAsync("truncate audit.security_audit"));

        Assert.All([update, delete, truncate], error => Assert.Equal("42501", error.SqlState));
    }

    [Fact]
    public async Task No_password_or_token_appears_in_any_log_line()
    {
        var tokens = await TokenRequests.PasswordAsync(_client, IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);
        using var refreshed = await TokenRequests.RequestRefreshAsync(_client, tokens.RefreshToken!);
        using var wrong = await TokenRequests.RequestPasswordAsync(_client, IdentityHostSettings.AdminUserName, "Wrong-Passphrase-1234");
        await TokenRequests.ClientCredentialsAsync(_client, IdentityHostSettings.DashboardClientId, host.Settings.DashboardSecret);

        string[] secrets = [host.Settings.AdminPassword, "Wrong-Passphrase-1234", host.Settings.DashboardSecret,
            tokens.AccessToken.Split('.')[2], tokens.RefreshToken![..40]];
        Assert.NotEmpty(host.Factory.Logs.Lines);
        Assert.DoesNotContain(host.Factory.Logs.Lines, line => secrets.Any(secret => line.Contains(secret, StringComparison.Ordinal)));
    }
}
