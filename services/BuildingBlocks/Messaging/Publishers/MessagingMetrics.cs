using System.Diagnostics.Metrics;

namespace Justice.Messaging.Publishers;

/// <summary>
/// The <c>Justice.Messaging</c> meter: events a consumer refused because their sender may not publish them, and
/// messages moved to an <c>_error</c> queue. Tags name queues and message types only, never a message's content.
/// </summary>
public sealed class MessagingMetrics
{
    public const string MeterName = "Justice.Messaging";
    public const string RefusedInstrument = "justice.messaging.events.refused";
    public const string FailedInstrument = "justice.messaging.messages.failed";
    public const string QueueTag = "messaging.destination.name";
    public const string MessageTypeTag = "messaging.message.type";
    private readonly Counter<long> _refused;
    private readonly Counter<long> _failed;

    public MessagingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _refused = meter.CreateCounter<long>(RefusedInstrument, unit: "{message}",
            description: "Events refused by a consumer because they were not sent by the service that publishes them.");
        _failed = meter.CreateCounter<long>(FailedInstrument, unit: "{message}",
            description: "Messages moved to their queue's _error queue: their consumer failed them (after its retries) or refused them.");
    }

    public void Refused(string eventType) => _refused.Add(1, new KeyValuePair<string, object?>("event.type", eventType));

    /// <param name="queue">The consumer's queue (not its <c>_error</c> queue).</param>
    public void Failed(string queue, string messageType) => _failed.Add(1,
        new KeyValuePair<string, object?>(QueueTag, queue), new KeyValuePair<string, object?>(MessageTypeTag, messageType));
}
