extern alias NetworkService;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using NetworkService::Justice.Network;
using NetworkService::Justice.Network.Domain.Cooperation;
using System.Diagnostics.Metrics;

namespace Justice.Network.Tests.Cooperation;

/// <summary>The <c>Justice.Network</c> meter's instruments, each with the tags an operator filters on.</summary>
public sealed class NetworkMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    [Fact]
    public void An_opened_case_is_counted_with_its_region_and_source()
    {
        var metrics = new NetworkMetrics(Meters);
        using var opened = new MetricCollector<long>(Meters, NetworkMetrics.MeterName, "justice.network.cases.opened");

        metrics.CaseOpened("BG-05", "assessment");
        metrics.CaseOpened("BG-05", "manual");

        var measurements = opened.GetMeasurementSnapshot();
        Assert.Equal(2, measurements.Count);
        Assert.All(measurements, m => Assert.Equal(1, m.Value));
        Assert.Equal("BG-05", measurements[0].Tags["region"]);
        Assert.Equal("assessment", measurements[0].Tags["source"]);
        Assert.Equal("manual", measurements[1].Tags["source"]);
    }

    [Fact]
    public void A_closed_case_is_counted_with_its_region_and_whether_it_was_effective()
    {
        var metrics = new NetworkMetrics(Meters);
        using var closed = new MetricCollector<long>(Meters, NetworkMetrics.MeterName, "justice.network.cases.closed");

        metrics.CaseClosed("BG-12", effective: true);
        metrics.CaseClosed("BG-12", effective: false);
        metrics.CaseClosed("BG-13", effective: true);

        var measurements = closed.GetMeasurementSnapshot();
        Assert.Equal(3, measurements.Count);
        Assert.Equal(2, measurements.Count(m => Equals(m.Tags["effective"], true)));
        Assert.Equal(2, measurements.Count(m => Equals(m.Tags["region"], "BG-12")));
    }

    [Fact]
    public void An_overdue_referral_is_counted_with_its_region()
    {
        var metrics = new NetworkMetrics(Meters);
        using var overdue = new MetricCollector<long>(Meters, NetworkMetrics.MeterName, "justice.network.referrals.overdue");

        metrics.ReferralOverdue("BG-20");

        var measurement = Assert.Single(overdue.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal("BG-20", measurement.Tags["region"]);
    }

    [Fact]
    public void The_effective_share_gauge_reports_nothing_until_counted_then_the_last_national_share()
    {
        var metrics = new NetworkMetrics(Meters);
        using var share = new MetricCollector<double>(Meters, NetworkMetrics.MeterName, "justice.network.cases.effective_percent");

        share.RecordObservableInstruments();
        Assert.Empty(share.GetMeasurementSnapshot());

        metrics.NationalCounted(new CaseCounts(Open: 4, Closed: 2, Effective: 1));
        share.RecordObservableInstruments();
        Assert.Equal(50.0, share.LastMeasurement!.Value);

        metrics.NationalCounted(new CaseCounts(Open: 4, Closed: 3, Effective: 2));
        share.RecordObservableInstruments();
        Assert.Equal(66.7, share.LastMeasurement!.Value);
    }

    public void Dispose() => _services.Dispose();
}
