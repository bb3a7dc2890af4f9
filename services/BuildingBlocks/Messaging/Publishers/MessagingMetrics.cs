using System.Diagnostics.Metrics;

namespace Justice.Messaging.Publishers;

/// <summary>The <c>Justice.Messaging</c> meter: events a consumer refused because their sender may not publish them.</summary>
public sealed class MessagingMetrics
{
    public const string MeterName = "Justice.Messaging";
    public const string RefusedInstrument = "justice.messaging.events.refused";
    private readonly Counter<long> _refused;

    public MessagingMetrics(IMeterFactory meters)
    {
        _refused = meters.Create(MeterName).CreateCounter<long>(RefusedInstrument, unit: "{message}",
            description: "Events refused by a consumer because they were not sent by the service that publishes them.");
    }

    public void Refused(string eventType) => _refused.Add(1, new KeyValuePair<string, object?>("event.type", eventType));
}
