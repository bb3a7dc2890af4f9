extern alias NetworkService;

using System.Net.Http.Json;
using System.Text.Json;
using Justice.Network.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using NetworkService::Justice.Network;
using NetworkService::Justice.Network.Api.Cooperation;
using System.Diagnostics.Metrics;

namespace Justice.Network.Tests.Cooperation;

/// <summary>
/// The national totals on a database holding only this class's cases: REST, gRPC and the meter's gauge agree, to the
/// case. The cases are added once, before any test of the class reads them.
/// </summary>
public sealed class NationalCooperationFiguresTests(NetworkHost host) : IClassFixture<NetworkHost>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (await host.Database.ScalarAsync<long>("SELECT count(*) FROM cooperation_cases") == 0)
        {
            await host.AddCasesAsync("BG-01", open: 1, effective: 2, ineffective: 0);
            await host.AddCasesAsync("BG-02", open: 2, effective: 1, ineffective: 2);
            await host.AddCasesAsync("BG-26", open: 0, effective: 0, ineffective: 1);
        }
    }

    [Fact]
    public async Task The_national_figures_total_every_regions_cases()
    {
        var figures = await (await host.CreateAdminClientAsync()).GetFromJsonAsync<JsonElement>("/api/network/figures/cooperation");

        var national = figures.GetProperty("national");
        Assert.Equal(3, national.GetProperty("open").GetInt32());
        Assert.Equal(6, national.GetProperty("closed").GetInt32());
        Assert.Equal(3, national.GetProperty("effective").GetInt32());
        Assert.Equal(50.0, national.GetProperty("effectivePercent").GetDouble());
        Assert.False(national.GetProperty("meetsTarget").GetBoolean());
        var bg02 = figures.GetProperty("regions")[1];
        Assert.Equal(33.3, bg02.GetProperty("effectivePercent").GetDouble());
    }

    [Fact]
    public async Task The_directory_gives_the_same_national_numbers_as_REST()
    {
        using var channel = GrpcChannel.ForAddress(host.Factory.Server.BaseAddress,
            new GrpcChannelOptions { HttpHandler = host.Factory.Server.CreateHandler() });

        var figures = await new CooperationDirectory.CooperationDirectoryClient(channel)
            .GetCaseFiguresAsync(new GetCaseFiguresRequest { RegionCode = "BG-26" }, await host.DashboardHeadersAsync());

        Assert.Equal(3, figures.National.Open);
        Assert.Equal(6, figures.National.Closed);
        Assert.Equal(3, figures.National.Effective);
        Assert.Equal(50.0, figures.National.EffectivePercent);
        var region = Assert.Single(figures.Regions);
        Assert.Equal((1, 0, 0.0), (region.Closed, region.Effective, region.EffectivePercent));
    }

    [Fact]
    public async Task The_gauge_reports_the_national_effective_share_once_counted()
    {
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var share = new MetricCollector<double>(meters, NetworkMetrics.MeterName, "justice.network.cases.effective_percent");
        var counter = host.Services.GetServices<IHostedService>().OfType<EffectiveShareCounter>().Single();

        await counter.CountAsync(CancellationToken.None);
        share.RecordObservableInstruments();

        Assert.Equal(50.0, share.LastMeasurement!.Value);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
