using System.Text.Json;
using Justice.Contracts.Events;
using Justice.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Justice.Testing;

/// <summary>
/// Publishes an event the way a holder of some broker credentials could without the messaging building block:
/// a MassTransit envelope straight to an exchange (by default the event's own), with whatever <c>user_id</c> and
/// publisher header (in the envelope, where MassTransit reads headers from) it likes. For tests of what the broker
/// and the consumers let through.
/// </summary>
public static class RawEventPublisher
{
    /// <summary>Returns null when the broker confirmed the message, or the reply code it closed the channel with.</summary>
    public static async Task<ushort?> TryPublishAsync(Uri connection, IIntegrationEvent message, Guid messageId,
        string? userId, string? publisherHeader, string? exchange = null)
    {
        var factory = new ConnectionFactory { Uri = connection, AutomaticRecoveryEnabled = false };
        await using var amqp = await factory.CreateConnectionAsync();
        await using var channel = await amqp.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

        var messageType = IntegrationEventTypes.ExchangeOf(message.GetType());
        var envelope = new Dictionary<string, object?>
        {
            ["messageId"] = messageId,
            ["messageType"] = new[] { $"urn:message:{messageType}" },
            ["sentTime"] = DateTime.UtcNow,
            ["headers"] = publisherHeader is null ? null : new Dictionary<string, object?> { ["Justice-Publisher"] = publisherHeader },
            ["message"] = message,
        };
        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            MessageId = messageId.ToString(),
            Persistent = true,
            UserId = userId,
        };
        try
        {
            await channel.BasicPublishAsync(exchange ?? messageType, "", mandatory: false, properties,
                JsonSerializer.SerializeToUtf8Bytes(envelope, IntegrationEventTypes.JsonOptions));
            return null;
        }
        catch (OperationInterruptedException refused)
        {
            return refused.ShutdownReason?.ReplyCode;
        }
    }

    /// <summary>Whether <paramref name="connection"/>'s user may open a connection at all.</summary>
    public static async Task<bool> CanConnectAsync(Uri connection)
    {
        var factory = new ConnectionFactory { Uri = connection, AutomaticRecoveryEnabled = false };
        try
        {
            await using var amqp = await factory.CreateConnectionAsync();
            return true;
        }
        catch (BrokerUnreachableException)
        {
            return false;
        }
    }
}
