using Grpc.Core;
using Justice.Contracts.Events;
using Justice.Monitoring.V1;

namespace Justice.Monitoring.Tests.Dashboard;

/// <summary>The national dashboard's stream: the current state first, then each change soon after the event that made it.</summary>
public sealed class WatchTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_stream_sends_the_current_state_then_the_changed_indicators_and_a_reconnecting_dashboard_gets_the_state_again()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var headers = await host.DashboardHeadersAsync();
        using (var watch = host.Dashboard.WatchIndicators(new WatchIndicatorsRequest { RegionCodes = { "BG-09" }, Language = "en" },
            headers, cancellationToken: timeout.Token))
        {
            Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
            var initial = watch.ResponseStream.Current;
            Assert.True(initial.Initial);
            Assert.Equal(["", "BG-09"], initial.Sets.Select(s => s.RegionCode));
            Assert.Equal("Bulgaria", initial.Sets[0].Name);
            Assert.Equal(6, initial.Sets[0].Indicators.Count);
            Assert.Equal(0, Teams(initial.Sets[1]));

            await host.Network.Publish(new TerritorialTeamFormed(Guid.NewGuid(), "BG-09", 5, ["police"], DateTimeOffset.UtcNow));

            var change = await NextChangeAsync(watch.ResponseStream, timeout.Token);
            Assert.False(change.Initial);
            var region = change.Sets.Single(s => s.RegionCode == "BG-09");
            Assert.Equal(["teams-formed"], region.Indicators.Select(i => i.Code));
            Assert.Equal(1, Teams(region));
            Assert.Equal("Territorial teams formed", region.Indicators[0].Name);
            Assert.Contains(change.Sets, s => s.RegionCode == "" && s.Indicators.Any(i => i.Code == "teams-formed"));
        }

        using var again = host.Dashboard.WatchIndicators(new WatchIndicatorsRequest { RegionCodes = { "BG-09" } }, headers,
            cancellationToken: timeout.Token);
        Assert.True(await again.ResponseStream.MoveNext(timeout.Token));
        Assert.True(again.ResponseStream.Current.Initial);
        Assert.Equal(1, Teams(again.ResponseStream.Current.Sets.Single(s => s.RegionCode == "BG-09")));
    }

    [Fact]
    public async Task Watching_every_region_starts_with_the_nation_and_28_regions()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var watch = host.Dashboard.WatchIndicators(new WatchIndicatorsRequest { AllRegions = true }, await host.DashboardHeadersAsync(),
            cancellationToken: timeout.Token);

        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal(29, watch.ResponseStream.Current.Sets.Count);
    }

    [Fact]
    public async Task Watching_an_unknown_region_is_refused()
    {
        using var watch = host.Dashboard.WatchIndicators(new WatchIndicatorsRequest { RegionCodes = { "BG-99" } }, await host.DashboardHeadersAsync());

        var refused = await Assert.ThrowsAsync<RpcException>(() => watch.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task A_quiet_stream_sends_an_empty_update_to_show_it_is_alive()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var watch = host.Dashboard.WatchIndicators(new WatchIndicatorsRequest { RegionCodes = { "BG-28" } },
            await host.DashboardHeadersAsync(), cancellationToken: timeout.Token);

        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));

        Assert.False(watch.ResponseStream.Current.Initial);
        Assert.DoesNotContain(watch.ResponseStream.Current.Sets, s => s.RegionCode == "BG-28");
    }

    /// <summary>The next update that says something (keepalives skipped).</summary>
    private static async Task<IndicatorUpdate> NextChangeAsync(IAsyncStreamReader<IndicatorUpdate> stream, CancellationToken cancellationToken)
    {
        while (await stream.MoveNext(cancellationToken))
        {
            if (stream.Current.Sets.Count > 0)
            {
                return stream.Current;
            }
        }
        throw new InvalidOperationException("The stream ended.");
    }

    private static double Teams(IndicatorSet set) => set.Indicators.Single(i => i.Code == "teams-formed").Value;
}
