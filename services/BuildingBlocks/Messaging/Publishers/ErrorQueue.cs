using MassTransit;
using MassTransit.RabbitMqTransport;
using RabbitMQ.Client;

namespace Justice.Messaging.Publishers;

/// <summary>
/// Moves a received message to its endpoint's <c>{queue}_error</c> queue, as MassTransit would — but without the
/// publisher's <c>user_id</c>: RabbitMQ refuses a publish whose <c>user_id</c> is not the connection's own user,
/// and the consumer's user is never the publisher's.
/// </summary>
internal static class ErrorQueue
{
    public static async Task MoveAsync(ReceiveContext context, Action<SendHeaders> addHeaders)
    {
        var channel = context.GetPayload<ChannelContext>();
        var delivery = context.GetPayload<RabbitMqBasicConsumeContext>();
        var name = context.InputAddress.AbsolutePath.Split('/')[^1] + "_error";
        var cancellationToken = context.CancellationToken;

        var none = new Dictionary<string, object>();
        await channel.ExchangeDeclare(name, ExchangeType.Fanout, durable: true, autoDelete: false, none, cancellationToken);
        await channel.QueueDeclare(name, durable: true, exclusive: false, autoDelete: false, none, cancellationToken);
        await channel.QueueBind(name, name, "", none, cancellationToken);

        var properties = new BasicProperties(delivery.Properties) { UserId = null, Expiration = null };
        var headers = new MoveTransportHeaders(properties);
        headers.SetHostHeaders();
        addHeaders(headers);
        await channel.BasicPublishAsync(name, "", mandatory: true, properties, context.GetBody(), awaitAck: true, cancellationToken);
    }
}

/// <summary>The error pipe of every receive endpoint: a message that failed its retries goes to the <c>_error</c> queue.</summary>
internal sealed class ErrorQueueFilter : IFilter<ExceptionReceiveContext>
{
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        await ErrorQueue.MoveAsync(context, headers => headers.CopyFrom(context.ExceptionHeaders));
        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("errorQueue");
}
