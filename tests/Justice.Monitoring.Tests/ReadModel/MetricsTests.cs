extern alias MonitoringService;

using System.Diagnostics.Metrics;
using Justice.Contracts.Events;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using MonitoringService::Justice.Monitoring;

namespace Justice.Monitoring.Tests.ReadModel;

/// <summary>The <c>Justice.Monitoring</c> meter: each event applied once is counted by type, with its lag.</summary>
public sealed class MetricsTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    [Fact]
    public async Task An_applied_event_is_counted_by_type_with_its_lag_and_a_redelivery_is_not()
    {
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var applied = new MetricCollector<long>(meters, MonitoringMetrics.MeterName, "justice.monitoring.events.applied");
        using var lag = new MetricCollector<double>(meters, MonitoringMetrics.MeterName, "justice.monitoring.events.lag");
        var supervision = new SupervisionDelivered(Guid.NewGuid(), "BG-21", DateOnly.FromDateTime(DateTime.UtcNow), [Guid.NewGuid()], 2,
            ["C1"], DateTimeOffset.UtcNow.AddMinutes(-2));
        var id = Guid.NewGuid();

        await host.Training.Publish(supervision, context => context.MessageId = id);
        await host.Training.Publish(supervision, context => context.MessageId = id);
        Assert.True(await host.Consumed.WaitUntilConsumedAsync(id, 2, TimeSpan.FromSeconds(30)));

        var counted = applied.GetMeasurementSnapshot().Where(m => Equals(m.Tags["event.type"], nameof(SupervisionDelivered))).ToList();
        var lags = lag.GetMeasurementSnapshot().Where(m => Equals(m.Tags["event.type"], nameof(SupervisionDelivered))).ToList();
        Assert.Equal(1, Assert.Single(counted).Value);
        Assert.InRange(Assert.Single(lags).Value, 120, 600);
    }
}
