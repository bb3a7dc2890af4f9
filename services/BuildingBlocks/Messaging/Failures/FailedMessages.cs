using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Justice.Messaging.Publishers;
using RabbitMQ.Client;

namespace Justice.Messaging.Failures;

/// <summary>
/// The operator's way back for failed messages: once the fault that failed them is fixed, the messages of a
/// consumer's <c>{queue}_error</c> queue go back to <c>{queue}</c>, body and headers as they were, without the
/// fault's headers.
/// </summary>
/// <remarks>
/// Runs as the consumer service's own broker user (its connection string): that user may read its <c>_error</c>
/// queue and write its queue's exchange, and a message it puts back passes the publisher check on the sender
/// recorded when it failed (<see cref="ErrorQueue.SentByHeader"/>). Each message is acknowledged in the
/// <c>_error</c> queue only after the broker confirmed the copy, so an interruption loses nothing; at worst the
/// message last copied stays in the <c>_error</c> queue too, and the inbox applies its second delivery no more.
/// </remarks>
public static class FailedMessages
{
    /// <summary>Headers the move to the <c>_error</c> queue added: the exception, the host, the reason.</summary>
    private static readonly string[] FaultHeaderPrefixes = ["MT-Fault-", "MT-Host-", "MT-Reason", "Justice-Refused"];

    /// <summary>
    /// Moves the messages waiting in <c>{queue}_error</c> back to <paramref name="queue"/>, as many as it held when
    /// called: one that fails again meanwhile waits for the next call. Returns how many were moved.
    /// </summary>
    /// <param name="connection">The connection string of the service that consumes <paramref name="queue"/>.</param>
    public static async Task<int> RequeueAsync(Uri connection, string queue, CancellationToken cancellationToken = default)
    {
        var brokerUser = EventPublisher.BrokerUserOf(connection);
        var factory = new ConnectionFactory { Uri = connection, AutomaticRecoveryEnabled = false, ClientProvidedName = "requeue-failed" };
        await using var amqp = await factory.CreateConnectionAsync(cancellationToken);
        // Tracked confirms: a publish completes once the broker holds the copy, and fails if it was returned.
        await using var channel = await amqp.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);

        var errorQueue = queue + ErrorQueue.Suffix;
        var waiting = (await channel.QueueDeclarePassiveAsync(errorQueue, cancellationToken)).MessageCount;
        var moved = 0;
        while (moved < waiting && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } failed)
        {
            // The queue's own exchange, bound to it alone: the service's user may write it, not the default exchange.
            await channel.BasicPublishAsync(queue, "", mandatory: true, Restored(failed.BasicProperties, brokerUser), failed.Body,
                cancellationToken);
            await channel.BasicAckAsync(failed.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }
        return moved;
    }

    /// <summary>
    /// The queues of <paramref name="service"/> that have an <c>_error</c> queue (which may be empty), asked of the
    /// management API as its administrator: what an operator's "move every failed message back" goes through.
    /// </summary>
    public static async Task<IReadOnlyList<string>> QueuesOfAsync(HttpClient management, string virtualHost, string service,
        CancellationToken cancellationToken = default)
    {
        var queues = await management.GetFromJsonAsync<QueueName[]>(
            $"api/queues/{Uri.EscapeDataString(virtualHost)}?columns=name", cancellationToken) ?? [];
        return queues
            .Select(queue => queue.Name)
            .Where(name => name.StartsWith(service + "-", StringComparison.Ordinal) && name.EndsWith(ErrorQueue.Suffix, StringComparison.Ordinal))
            .Select(name => name[..^ErrorQueue.Suffix.Length])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The properties as published, under the service's own <c>user_id</c>, without the fault's headers.</summary>
    private static BasicProperties Restored(IReadOnlyBasicProperties failed, string brokerUser) => new(failed)
    {
        UserId = brokerUser,
        Headers = failed.Headers?
            .Where(header => !FaultHeaderPrefixes.Any(prefix => header.Key.StartsWith(prefix, StringComparison.Ordinal)))
            .ToDictionary(header => header.Key, header => header.Value),
    };

    private sealed record QueueName([property: JsonPropertyName("name")] string Name);
}
