using Justice.Contracts.Events;
using MassTransit;
using MassTransit.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace Justice.Messaging.Publishers;

/// <summary>
/// Binds each consumer's queue to the exchanges of the events it consumes, once the bus has declared the queues.
/// MassTransit would declare those exchanges on the consumer's side too, which needs the configure permission on
/// another service's exchange; binding needs only write on the own queue and read on the exchange. The exchanges
/// exist beforehand: the provisioning declares every event's (<see cref="Broker.BrokerProvisioner"/>).
/// </summary>
internal sealed class EventBindings(IConnection connection) : IHostedService
{
    private readonly List<(string Queue, string Exchange)> _bindings = [];

    /// <summary>Records the bindings of every registered consumer, at its endpoint's name.</summary>
    public void AddConsumers(IBusRegistrationContext context)
    {
        foreach (var registration in context.GetServices<IConsumerRegistration>())
        {
            var queue = registration.GetDefinition(context).GetEndpointName(context.EndpointNameFormatter);
            var consumed = registration.Type.GetInterfaces()
                .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IConsumer<>))
                .Select(type => type.GetGenericArguments()[0])
                .Where(typeof(IIntegrationEvent).IsAssignableFrom);
            _bindings.AddRange(consumed.Select(type => (queue, IntegrationEventTypes.ExchangeOf(type))));
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        foreach (var (queue, exchange) in _bindings)
        {
            await channel.QueueBindAsync(queue, exchange, "", cancellationToken: cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
