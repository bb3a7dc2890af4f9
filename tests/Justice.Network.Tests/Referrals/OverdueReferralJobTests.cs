extern alias NetworkService;

using Justice.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NetworkService::Justice.Network;
using NetworkService::Justice.Network.Referrals;

namespace Justice.Network.Tests.Referrals;

/// <summary>A second Network instance on the same database and broker, whose clock the test moves.</summary>
public sealed class ClockedNetworkHost : IAsyncLifetime
{
    public NetworkHost Network { get; } = new();
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    public WebApplicationFactory<NetworkProgram> Clocked { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Network.InitializeAsync();
        Clocked = Network.Factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        _ = Clocked.Server;
    }

    public async Task DisposeAsync()
    {
        await Clocked.DisposeAsync();
        await Network.DisposeAsync();
    }
}

/// <summary>The hosted job: it looks every minute on the service's clock, and reports a referral once it is overdue.</summary>
public sealed class OverdueReferralJobTests(ClockedNetworkHost host) : IClassFixture<ClockedNetworkHost>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public void The_job_runs_in_the_service_every_minute_by_default()
    {
        Assert.Contains(host.Clocked.Services.GetServices<IHostedService>(), service => service is OverdueReferralJob);
        Assert.Equal(TimeSpan.FromMinutes(1), new ReferralOptions().OverdueCheckInterval);
        Assert.Equal(TimeSpan.FromMinutes(1),
            host.Clocked.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReferralOptions>>().Value.OverdueCheckInterval);
    }

    [Fact]
    public async Task The_job_reports_a_referral_once_the_clock_passes_its_deadline_and_only_once()
    {
        var scene = new ReferralScene(host.Network.Services);
        var admin = host.Clocked.CreateClient().WithToken(await host.Network.Identity.AdminTokenAsync());
        var dueBy = host.Clock.GetUtcNow().AddMinutes(10);
        var id = await ReferralScene.IssueAsync(admin, await scene.CaseAsync("BG-20"), dueBy);

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var early = await Eventually.Holds(TimeSpan.FromSeconds(2), async () => await ReportsAsync(id) > 0);
        Assert.False(early);

        host.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True(await Eventually.Holds(Timeout, async () => await ReportsAsync(id) > 0));
        var reportedAt = await host.Network.Database.ScalarAsync<DateTime>($"select overdue_reported_at from referrals where id = '{id}'");
        // Found on the moved clock, past the deadline: not by the real-clock instance, for which it is not due yet.
        Assert.True(new DateTimeOffset(reportedAt, TimeSpan.Zero) > dueBy);

        for (var i = 0; i < 3; i++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1L, await ReportsAsync(id));
    }

    private Task<long> ReportsAsync(Guid id) => host.Network.Database.ScalarAsync<long>(
        $"select count(*) from outbox_messages where type = 'ReferralOverdue' and payload->>'referralId' = '{id}'");
}
