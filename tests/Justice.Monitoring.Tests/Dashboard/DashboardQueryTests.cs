using Grpc.Core;
using Justice.Monitoring.V1;
using Justice.Security;

namespace Justice.Monitoring.Tests.Dashboard;

/// <summary>The unary queries: what they answer, what they refuse, and who may call them.</summary>
public sealed class DashboardQueryTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    [Fact]
    public async Task The_nation_has_six_indicators_against_the_programmes_targets()
    {
        var national = await host.Dashboard.GetIndicatorsAsync(new GetIndicatorsRequest { Language = "fr" }, await host.DashboardHeadersAsync());

        Assert.Equal("", national.RegionCode);
        Assert.Equal("Bulgarie", national.Name);
        Assert.Equal(
            [("practitioners-trained", 980), ("decision-makers-trained", 50), ("teams-formed", 28), ("victims-assessed", 400),
                ("effective-cooperation", 75), ("event-participants", 1000)],
            national.Indicators.Select(i => (i.Code, i.Target)));
        Assert.Equal("Praticiens formés", national.Indicators[0].Name);
        Assert.Equal("percent", national.Indicators[4].Unit);
    }

    [Fact]
    public async Task Every_region_is_listed_in_order_with_its_name()
    {
        var regions = await host.Dashboard.ListRegionsAsync(new ListRegionsRequest(), await host.DashboardHeadersAsync());

        Assert.Equal(28, regions.Regions.Count);
        Assert.Equal(regions.Regions.Select(r => r.RegionCode).Order(StringComparer.Ordinal), regions.Regions.Select(r => r.RegionCode));
        Assert.Equal("Благоевград", regions.Regions[0].Name);
        Assert.All(regions.Regions, r => Assert.DoesNotContain(r.Indicators, i => i.Code == "decision-makers-trained"));
    }

    [Theory]
    [InlineData("BG-5", StatusCode.InvalidArgument)]
    [InlineData("BG-99", StatusCode.NotFound)]
    public async Task A_region_that_is_not_one_is_refused(string code, StatusCode status)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
            await host.Dashboard.GetRegionAsync(new GetRegionRequest { RegionCode = code }, await host.DashboardHeadersAsync()));

        Assert.Equal(status, refused.StatusCode);
    }

    [Theory]
    [InlineData("nothing", "2026-01", "2026-03", "")]
    [InlineData("teams-formed", "2026-1", "2026-03", "")]
    [InlineData("teams-formed", "2026-04", "2026-03", "")]
    [InlineData("teams-formed", "2010-01", "2026-03", "")]
    [InlineData("decision-makers-trained", "2026-01", "2026-03", "BG-05")]
    public async Task A_time_series_asked_for_wrongly_is_an_invalid_argument(string indicator, string from, string to, string region)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await host.Dashboard.GetTimeSeriesAsync(
            new GetTimeSeriesRequest { Indicator = indicator, From = from, To = to, RegionCode = region }, await host.DashboardHeadersAsync()));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
    }

    [Fact]
    public async Task A_time_series_has_a_point_per_month()
    {
        var series = await host.Dashboard.GetTimeSeriesAsync(
            new GetTimeSeriesRequest { Indicator = "victims-assessed", From = "2025-11", To = "2026-02", RegionCode = "BG-05" },
            await host.DashboardHeadersAsync());

        Assert.Equal(["2025-11", "2025-12", "2026-01", "2026-02"], series.Points.Select(p => p.Month));
        Assert.Equal("BG-05", series.RegionCode);
    }

    [Fact]
    public async Task Without_a_token_a_call_is_unauthenticated()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await host.Dashboard.GetIndicatorsAsync(new GetIndicatorsRequest()));

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Practitioner, "BG-05")]
    [InlineData(Roles.RegionalCoordinator, "BG-05")]
    [InlineData(Roles.Trainer, "BG-05")]
    [InlineData(Roles.PublicityEditor, null)]
    public async Task Anyone_but_a_national_caller_is_denied(string role, string? region)
    {
        var headers = MonitoringHost.Bearer(await host.Identity.UserTokenAsync(role, region));

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await host.Dashboard.GetIndicatorsAsync(new GetIndicatorsRequest(), headers));
        using var watch = host.Dashboard.WatchIndicators(new WatchIndicatorsRequest(), headers);
        var watchRefused = await Assert.ThrowsAsync<RpcException>(() => watch.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, watchRefused.StatusCode);
    }

    [Theory]
    [InlineData(Roles.NationalAdmin)]
    [InlineData(Roles.Evaluator)]
    public async Task National_people_may_call(string role)
    {
        var headers = MonitoringHost.Bearer(await host.Identity.UserTokenAsync(role, null));

        var national = await host.Dashboard.GetIndicatorsAsync(new GetIndicatorsRequest(), headers);

        Assert.Equal("България", national.Name);
    }
}
