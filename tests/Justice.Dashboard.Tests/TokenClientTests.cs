using Justice.Identity;
using Justice.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Justice.Dashboard.Tests;

/// <summary>The machine client's token from the real identity service, kept and renewed before it expires (10 minutes).</summary>
public sealed class TokenClientTests
{
    private static readonly IdentityServer<IdentityProgram> Identity = SharedIdentityServer.Of<IdentityProgram>();

    [Fact]
    public async Task A_token_is_kept_for_three_quarters_of_its_life_then_fetched_anew()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var http = Identity.Factory.CreateClient();
        var tokens = new TokenClient(http, new Uri("http://gateway.test"), "national-dashboard", Identity.Settings.DashboardSecret, time);

        var first = await tokens.TokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(7));
        var kept = await tokens.TokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        var renewed = await tokens.TokenAsync(CancellationToken.None);

        Assert.Equal(first, kept);
        Assert.NotEqual(first, renewed);
        Assert.Equal("monitoring", TokenRequests.Payload(renewed).GetProperty("aud").ToString());
    }

    [Fact]
    public async Task A_forgotten_token_is_fetched_again()
    {
        using var http = Identity.Factory.CreateClient();
        var tokens = new TokenClient(http, new Uri("http://gateway.test"), "national-dashboard", Identity.Settings.DashboardSecret,
            TimeProvider.System);
        var first = await tokens.TokenAsync(CancellationToken.None);

        tokens.Forget();

        Assert.NotEqual(first, await tokens.TokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_client_is_refused_like_a_wrong_secret()
    {
        using var http = Identity.Factory.CreateClient();
        var tokens = new TokenClient(http, new Uri("http://gateway.test"), "no-such-client", "x", TimeProvider.System);

        var refused = await Assert.ThrowsAsync<DashboardException>(() => tokens.TokenAsync(CancellationToken.None));

        Assert.Equal(FailureKind.SecretRefused, refused.Kind);
        Assert.Equal(ExitCodes.SecretRefused, refused.ExitCode);
    }
}
