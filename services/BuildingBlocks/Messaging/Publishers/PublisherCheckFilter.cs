using Justice.Contracts.Events;
using Justice.Messaging.Failures;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Justice.Messaging.Publishers;

/// <summary>
/// Lets an event through to its consumer only when it was sent by the service that publishes it: its validated
/// <c>user_id</c> and its <see cref="EventPublisher.Header"/> both name that service. Anything else is moved to the
/// endpoint's <c>_error</c> queue untouched by the consumer (no retry: it would not become genuine), logged by
/// type, id and sender only, and counted.
/// </summary>
/// <remarks>
/// A message an operator moved back from the <c>_error</c> queue (<see cref="FailedMessages"/>) carries the service's
/// own <c>user_id</c>, which no other service's user can claim, and the sender the broker vouched for when it was
/// first delivered (<see cref="ErrorQueue.SentByHeader"/>): that sender must be the publisher.
/// </remarks>
public sealed partial class PublisherCheckFilter<T>(BusIdentity identity, ErrorQueue errorQueue, MessagingMetrics metrics,
    ILogger<PublisherCheckFilter<T>> logger) : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (typeof(IIntegrationEvent).IsAssignableFrom(typeof(T)))
        {
            var publisher = IntegrationEventTypes.PublisherOf(typeof(T));
            var userId = context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var delivery)
                ? delivery.Properties.UserId
                : null;
            var header = context.Headers.Get<string>(EventPublisher.Header);
            var sender = userId == identity.BrokerUser && userId != publisher
                ? context.ReceiveContext.TransportHeaders.Get<string>(ErrorQueue.SentByHeader)
                : userId;
            if (sender != publisher || header != publisher)
            {
                metrics.Refused(typeof(T).Name);
                LogRefused(logger, typeof(T).Name, context.MessageId, userId ?? "none", header ?? "none", publisher);
                await errorQueue.MoveAsync(context.ReceiveContext, typeof(T).Name, headers =>
                {
                    headers.Set("MT-Reason", "refused");
                    headers.Set("Justice-Refused", $"not sent by {publisher}");
                });
                await context.NotifyConsumed(context, TimeSpan.Zero, nameof(PublisherCheckFilter<T>));
                return;
            }
        }
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("publisherCheck");

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Refused {EventType} message {MessageId}: sent by broker user {UserId} as {Publisher}, but only {Expected} publishes it")]
    private static partial void LogRefused(ILogger logger, string eventType, Guid? messageId, string userId, string publisher, string expected);
}
