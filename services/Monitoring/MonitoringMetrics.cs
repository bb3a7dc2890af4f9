using System.Diagnostics.Metrics;

namespace Justice.Monitoring;

/// <summary>
/// The <c>Justice.Monitoring</c> meter: events applied to the read model by type, and how long after it happened
/// each event was applied (its lag), so an operator sees the read model keep up.
/// </summary>
public sealed class MonitoringMetrics
{
    public const string MeterName = "Justice.Monitoring";
    private readonly Counter<long> _applied;
    private readonly Histogram<double> _lag;

    public MonitoringMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _applied = meter.CreateCounter<long>("justice.monitoring.events.applied", unit: "{event}",
            description: "Integration events applied to the read model (each once), by type.");
        _lag = meter.CreateHistogram<double>("justice.monitoring.events.lag", unit: "s",
            description: "Time from an event's creation to its application to the read model.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300] });
    }

    public void Applied(string eventType, TimeSpan lag)
    {
        var type = new KeyValuePair<string, object?>("event.type", eventType);
        _applied.Add(1, type);
        _lag.Record(Math.Max(0, lag.TotalSeconds), type);
    }
}
