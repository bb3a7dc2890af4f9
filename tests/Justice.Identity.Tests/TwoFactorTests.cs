using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Identity.Tests;

/// <summary>TOTP two-factor sign-in, with codes computed here as an authenticator app would (RFC 6238).</summary>
public sealed class TwoFactorTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    private const string Password = "a long enough passphrase";

    [Fact]
    public async Task Once_turned_on_a_sign_in_needs_the_current_code()
    {
        var key = await CreateUserWithKeyAsync("totp-user");
        var client = await host.ClientAsAsync("totp-user", Password);

        using var wrong = await client.PostAsJsonAsync("/api/identity/me/two-factor/confirm", new { code = "000000" == Totp(key) ? "111111" : "000000" });
        using var confirmed = await client.PostAsJsonAsync("/api/identity/me/two-factor/confirm", new { code = Totp(key) });
        using var withoutCode = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "totp-user", Password);
        using var withCode = await host.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = TokenRequests.CliClientId,
            ["username"] = "totp-user",
            ["password"] = Password,
            ["otp"] = Totp(key),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.Equal(1L, await host.Settings.Database.ScalarAsync<long>(
            "select count(*) from audit.security_audit a join \"AspNetUsers\" u on u.id = a.subject where a.action = 'two-factor-enable' and a.outcome = 'succeeded' and u.user_name = 'totp-user'"));
    }

    [Fact]
    public async Task A_key_not_yet_confirmed_changes_nothing()
    {
        await CreateUserWithKeyAsync("totp-pending");

        using var signIn = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "totp-pending", Password);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task An_active_second_factor_is_not_replaced_without_its_code_and_a_new_key_waits_for_its_own_code()
    {
        var key = await CreateUserWithKeyAsync("totp-replace");
        var client = await host.ClientAsAsync("totp-replace", Password);
        (await client.PostAsJsonAsync("/api/identity/me/two-factor/confirm", new { code = Totp(key) })).EnsureSuccessStatusCode();
        client = await ClientWithCodeAsync("totp-replace", Totp(key)); // turning the second factor on ended the old token
        var userId = await host.Settings.Database.ScalarAsync<string>("select id from \"AspNetUsers\" where user_name = 'totp-replace'");

        using var withoutProof = await client.PostAsync("/api/identity/me/two-factor", null);
        using var begun = await client.PostAsJsonAsync("/api/identity/me/two-factor", new { code = Totp(key) });
        var newKey = (await begun.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sharedKey").GetString()!;
        using var oldKeyStillWorks = await SignInWithCodeAsync("totp-replace", Totp(key));
        using var confirmWithOldKey = await client.PostAsJsonAsync("/api/identity/me/two-factor/confirm", new { code = Totp(key) });
        using var confirmed = await client.PostAsJsonAsync("/api/identity/me/two-factor/confirm", new { code = Totp(newKey) });
        using var newKeyWorks = await SignInWithCodeAsync("totp-replace", Totp(newKey));

        await ProblemAssertions.AssertNamesAsync(withoutProof, HttpStatusCode.BadRequest, "code");
        Assert.Equal(HttpStatusCode.OK, begun.StatusCode);
        Assert.Equal(HttpStatusCode.OK, oldKeyStillWorks.StatusCode);
        Assert.Equal(Totp(key) == Totp(newKey) ? HttpStatusCode.NoContent : HttpStatusCode.BadRequest, confirmWithOldKey.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newKeyWorks.StatusCode);
        Assert.Equal(1L, await host.Settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'two-factor-begin' and subject = '{userId}' and outcome = 'refused'"));
        Assert.Equal(1L, await host.Settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'two-factor-enable' and subject = '{userId}' and outcome = 'replaced'"));
    }

    [Fact]
    public async Task The_second_factor_is_removed_with_the_password_only()
    {
        var key = await CreateUserWithKeyAsync("totp-remove");
        var client = await host.ClientAsAsync("totp-remove", Password);
        (await client.PostAsJsonAsync("/api/identity/me/two-factor/confirm", new { code = Totp(key) })).EnsureSuccessStatusCode();
        client = await ClientWithCodeAsync("totp-remove", Totp(key)); // turning the second factor on ended the old token

        using var refused = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/identity/me/two-factor")
        {
            Content = JsonContent.Create(new { password = "not the passphrase" }),
        });
        using var removed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/identity/me/two-factor")
        {
            Content = JsonContent.Create(new { password = Password }),
        });
        using var signIn = await TokenRequests.RequestPasswordAsync(host.CreateClient(), "totp-remove", Password);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.True(await host.Settings.Database.ScalarAsync<long>(
            "select count(*) from audit.security_audit where action = 'two-factor-disable' and outcome = 'refused'") >= 1);
    }

    [Fact]
    public async Task Wrong_one_time_codes_count_toward_the_sign_in_throttle()
    {
        var key = await CreateUserWithKeyAsync("totp-throttle");
        var client = await host.ClientAsAsync("totp-throttle", Password);
        (await client.PostAsJsonAsync("/api/identity/me/two-factor/confirm", new { code = Totp(key) })).EnsureSuccessStatusCode();
        var userId = await host.Settings.Database.ScalarAsync<string>("select id from \"AspNetUsers\" where user_name = 'totp-throttle'");

        for (var attempt = 0; attempt < Accounts.SignInThrottle.SourceLimit; attempt++)
        {
            using var wrong = await SignInWithCodeAsync("totp-throttle", Totp(key) == "000000" ? "111111" : "000000");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        using var right = await SignInWithCodeAsync("totp-throttle", Totp(key));

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Equal(1L, await host.Settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'sign-in' and subject = '{userId}' and outcome = 'throttled'"));
    }

    [Fact]
    public async Task Turning_the_second_factor_on_ends_the_tokens_issued_before()
    {
        var key = await CreateUserWithKeyAsync("totp-ends-tokens");
        var client = await host.ClientAsAsync("totp-ends-tokens", Password);

        (await client.PostAsJsonAsync("/api/identity/me/two-factor/confirm", new { code = Totp(key) })).EnsureSuccessStatusCode();
        using var withOldToken = await client.PostAsync("/api/identity/me/two-factor", null);
        using var withNewToken = await (await ClientWithCodeAsync("totp-ends-tokens", Totp(key))).PostAsync("/api/identity/me/two-factor", null);

        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.StatusCode);
        await ProblemAssertions.AssertNamesAsync(withNewToken, HttpStatusCode.BadRequest, "code");
    }

    private async Task<HttpClient> ClientWithCodeAsync(string userName, string code)
    {
        using var response = await SignInWithCodeAsync(userName, code);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        return host.CreateClient().WithToken(token);
    }

    private Task<HttpResponseMessage> SignInWithCodeAsync(string userName, string code) =>
        host.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = TokenRequests.CliClientId,
            ["username"] = userName,
            ["password"] = Password,
            ["otp"] = code,
            ["scope"] = "identity",
        }));

    private async Task<string> CreateUserWithKeyAsync(string userName)
    {
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);
        (await admin.PostAsJsonAsync("/api/identity/users",
            new { userName, password = Password, role = "trainer", regionCode = "BG-03", institution = "Съд" })).EnsureSuccessStatusCode();
        await AccountRequests.TakeOverAsync(host.CreateClient(), userName, Password);
        var client = await host.ClientAsAsync(userName, Password);
        using var begun = await client.PostAsync("/api/identity/me/two-factor", null);
        var key = await begun.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("otpauth://totp/", key.GetProperty("authenticatorUri").GetString(), StringComparison.Ordinal);
        return key.GetProperty("sharedKey").GetString()!;
    }

    /// <summary>The current 6-digit TOTP code for a Base32 key (HMAC-SHA1, 30-second steps).</summary>
    private static string Totp(string base32Key)
    {
        var counter = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
#pragma warning disable CA5350 // RFC 6238 authenticators use HMAC-SHA1.
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
