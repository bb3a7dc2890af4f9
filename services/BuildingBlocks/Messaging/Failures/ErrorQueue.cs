using MassTransit;
using MassTransit.RabbitMqTransport;
using Justice.Messaging.Publishers;
using RabbitMQ.Client;

namespace Justice.Messaging.Failures;

/// <summary>
/// Moves a received message to its endpoint's <c>{queue}_error</c> queue, as MassTransit would — but without the
/// publisher's <c>user_id</c>: RabbitMQ refuses a publish whose <c>user_id</c> is not the connection's own user,
/// and the consumer's user is never the publisher's. The sender the broker vouched for is kept in the
/// <see cref="SentByHeader"/> instead, so that the message can be moved back (<see cref="FailedMessages"/>) and still
/// pass the publisher check. Every move is counted (<see cref="MessagingMetrics.Failed"/>).
/// </summary>
public sealed class ErrorQueue(BusIdentity identity, MessagingMetrics metrics)
{
    public const string Suffix = "_error";

    /// <summary>
    /// The broker user that sent the message, as its validated <c>user_id</c> said on delivery. Trusted only on a
    /// message the service's own user put back (see <see cref="PublisherCheckFilter{T}"/>): no one else can.
    /// </summary>
    public const string SentByHeader = "Justice-Sent-By";

    /// <param name="messageType">The event's type, for the meter (<see cref="ConsumedMessageType"/>).</param>
    public async Task MoveAsync(ReceiveContext context, string messageType, Action<SendHeaders> addHeaders)
    {
        var channel = context.GetPayload<ChannelContext>();
        var delivery = context.GetPayload<RabbitMqBasicConsumeContext>();
        var queue = context.InputAddress.AbsolutePath.Split('/')[^1];
        var name = queue + Suffix;
        var cancellationToken = context.CancellationToken;

        var none = new Dictionary<string, object>();
        await channel.ExchangeDeclare(name, ExchangeType.Fanout, durable: true, autoDelete: false, none, cancellationToken);
        await channel.QueueDeclare(name, durable: true, exclusive: false, autoDelete: false, none, cancellationToken);
        await channel.QueueBind(name, name, "", none, cancellationToken);

        var properties = new BasicProperties(delivery.Properties)
        {
            UserId = null,
            Expiration = null,
            Headers = RecordSender(delivery.Properties),
        };
        var headers = new MoveTransportHeaders(properties);
        headers.SetHostHeaders();
        addHeaders(headers);
        await channel.BasicPublishAsync(name, "", mandatory: true, properties, context.GetBody(), awaitAck: true, cancellationToken);
        metrics.Failed(queue, messageType);
    }

    /// <summary>
    /// The headers with the validated sender recorded. A message the service's own user put back keeps the sender
    /// recorded when it first failed: its <c>user_id</c> now names the service, not the publisher.
    /// </summary>
    private Dictionary<string, object?> RecordSender(IReadOnlyBasicProperties delivered)
    {
        var headers = delivered.Headers is null ? [] : new Dictionary<string, object?>(delivered.Headers);
        if (delivered.UserId == identity.BrokerUser && headers.ContainsKey(SentByHeader))
        {
            return headers;
        }
        if (delivered.UserId is null)
        {
            headers.Remove(SentByHeader);
        }
        else
        {
            headers[SentByHeader] = delivered.UserId;
        }
        return headers;
    }
}

/// <summary>The error pipe of every receive endpoint: a message that failed its retries goes to the <c>_error</c> queue.</summary>
internal sealed class ErrorQueueFilter(ErrorQueue errorQueue) : IFilter<ExceptionReceiveContext>
{
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        await errorQueue.MoveAsync(context, ConsumedMessageType.Of(context), headers => headers.CopyFrom(context.ExceptionHeaders));
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("errorQueue");
}
