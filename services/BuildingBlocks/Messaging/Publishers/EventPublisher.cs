using MassTransit;

namespace Justice.Messaging.Publishers;

/// <summary>
/// Stamps every message a service publishes with who sent it: the <see cref="Header"/> names the service, and the
/// AMQP <c>user_id</c> property its broker user, which RabbitMQ checks against the connection's own user (a
/// publish claiming another user is refused), so a consumer can trust it where a header alone could be forged.
/// </summary>
internal static class EventPublisher
{
    public const string Header = "Justice-Publisher";

    public static void Stamp(PublishContext context, string service, string brokerUser)
    {
        context.Headers.Set(Header, service);
        if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
        {
            rabbit.BasicProperties.UserId = brokerUser;
        }
    }

    /// <summary>The user named in an AMQP URI (<c>amqp://user:password@host/vhost</c>), as the broker knows it.</summary>
    public static string BrokerUserOf(Uri connection) =>
        Uri.UnescapeDataString(connection.UserInfo.Split(':')[0]) is { Length: > 0 } user
            ? user
            : throw new InvalidOperationException("The event bus connection string names no user.");
}
