using System.Net;
using System.Net.Http.Json;
using Justice.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Justice.Identity.Tests;

/// <summary>
/// The sign-in throttle: per account and source, so a stranger cannot lock the owner out. Its own identity host, whose
/// clock is a <see cref="FakeTimeProvider"/> and where a test header stands for the client's address.
/// </summary>
public sealed class ThrottleTests : IAsyncLifetime
{
    private const string Password = AccountTestSupport.Password;
    private readonly IdentityHostSettings _settings = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private ServiceFactory<IdentityProgram> _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new ServiceFactory<IdentityProgram>(_settings.Values, services =>
        {
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
            services.AddSingleton<TimeProvider>(_clock);
            services.AddSingleton<IStartupFilter, TestSourceAddress>();
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _settings.Database.DisposeAsync();
        _settings.Dispose();
    }

    [Fact]
    public async Task A_stranger_hammering_an_account_locks_out_only_themselves()
    {
        var id = await CreateUserAsync("owner-1");

        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var wrong = await SignInAsync("owner-1", $"guess number {attempt}", from: "203.0.113.7");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        using var strangerRight = await SignInAsync("owner-1", Password, from: "203.0.113.7");
        using var owner = await SignInAsync("owner-1", Password, from: "198.51.100.20");
        var admin = await AdminAsync();
        var view = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/identity/users/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, strangerRight.StatusCode); // refused without the password being checked
        Assert.Contains("Too many failed attempts", await strangerRight.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        Assert.True(view.GetProperty("lockedOut").GetBoolean());
        Assert.True(await _settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'sign-in' and subject = '{id}' and outcome = 'throttled'") >= 1);
    }

    [Fact]
    public async Task The_throttle_ends_when_the_failures_age_out_or_a_national_admin_unlocks()
    {
        var id = await CreateUserAsync("owner-2");
        await FailAsync("owner-2", SignInThrottleLimits.Source, "192.0.2.1");
        await FailAsync("owner-2", SignInThrottleLimits.Source, "192.0.2.2");

        using var locked = await SignInAsync("owner-2", Password, from: "192.0.2.1");
        _clock.Advance(TimeSpan.FromMinutes(16));
        using var aged = await SignInAsync("owner-2", Password, from: "192.0.2.1");
        using var stillLocked = await SignInAsync("owner-2", Password, from: "192.0.2.3");
        await FailAsync("owner-2", SignInThrottleLimits.Source, "192.0.2.2");
        using var unlocked = await (await AdminAsync()).PostAsync($"/api/identity/users/{id}/unlock", null);
        using var afterUnlock = await SignInAsync("owner-2", Password, from: "192.0.2.2");

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, aged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterUnlock.StatusCode);
        Assert.Equal(1L, await _settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'user-unlock' and subject = '{id}' and outcome = 'succeeded'"));
    }

    [Fact]
    public async Task Guesses_spread_over_many_addresses_stop_each_guessing_address_but_not_a_clean_one()
    {
        await CreateUserAsync("owner-3");
        for (var source = 0; source < SignInThrottleLimits.Account / 2; source++)
        {
            await FailAsync("owner-3", 2, $"10.9.0.{source}");
        }

        using var guesser = await SignInAsync("owner-3", Password, from: "10.9.0.1");
        using var owner = await SignInAsync("owner-3", Password, from: "10.10.0.1");

        Assert.Equal(HttpStatusCode.BadRequest, guesser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task A_failed_sign_in_with_an_unknown_name_is_audited_under_a_keyed_hash_never_the_name()
    {
        using var wrong = await SignInAsync("Ivana.Petrova.Unknown", "whatever passphrase", from: "192.0.2.50");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(0L, await _settings.Database.ScalarAsync<long>("select count(*) from audit.security_audit where actor ilike '%petrova%'"));
        Assert.Equal(1L, await _settings.Database.ScalarAsync<long>(
            "select count(*) from audit.security_audit where action = 'sign-in' and outcome = 'failed' and actor like 'name:%'"));
    }

    private async Task FailAsync(string userName, int times, string from)
    {
        for (var attempt = 0; attempt < times; attempt++)
        {
            using var wrong = await SignInAsync(userName, $"wrong passphrase {attempt}", from);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
    }

    [Fact]
    public async Task Behind_the_gateway_each_client_is_its_own_source_and_nobody_else_chooses_theirs()
    {
        await CreateUserAsync("owner-behind-gateway");
        const string Gateway = "127.0.0.1", Stranger = "203.0.113.9";

        for (var attempt = 0; attempt < SignInThrottleLimits.Source; attempt++)
        {
            using var wrong = await SignInAsync("owner-behind-gateway", $"guess number {attempt}", from: Gateway, forwardedFor: Stranger);
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        using var stranger = await SignInAsync("owner-behind-gateway", Password, from: Gateway, forwardedFor: Stranger);
        using var owner = await SignInAsync("owner-behind-gateway", Password, from: Gateway, forwardedFor: "198.51.100.21");
        using var spoofing = await SignInAsync("owner-behind-gateway", Password, from: Stranger, forwardedFor: "198.51.100.22");

        Assert.Contains("Too many failed attempts", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        Assert.Contains("Too many failed attempts", await spoofing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SignInAsync(string userName, string password, string from, string? forwardedFor = null)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestSourceAddress.Header, from);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }
        return TokenRequests.RequestPasswordAsync(client, userName, password);
    }

    private async Task<HttpClient> AdminAsync() =>
        _factory.CreateClient().WithToken((await TokenRequests.PasswordAsync(_factory.CreateClient(),
            IdentityHostSettings.AdminUserName, _settings.AdminPassword)).AccessToken);

    private async Task<string> CreateUserAsync(string userName)
    {
        var admin = await AdminAsync();
        using var created = await admin.PostAsJsonAsync("/api/identity/users",
            new { userName, password = Password, role = "trainer", regionCode = "BG-16", institution = "Съд" });
        created.EnsureSuccessStatusCode();
        await AccountRequests.TakeOverAsync(_factory.CreateClient(), userName, Password);
        return (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
    }

    private static class SignInThrottleLimits
    {
        public const int Source = Accounts.SignInThrottle.SourceLimit;
        public const int Account = Accounts.SignInThrottle.AccountLimit;
    }

    /// <summary>Sets the connection's remote address from a test header: the in-memory server has none.</summary>
    private sealed class TestSourceAddress : IStartupFilter
    {
        public const string Header = "X-Test-Source-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
