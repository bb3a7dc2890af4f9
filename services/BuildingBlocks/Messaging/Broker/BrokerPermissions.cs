using System.Text.RegularExpressions;
using Justice.Contracts.Events;

namespace Justice.Messaging.Broker;

/// <summary>
/// What one service's broker user may do in its virtual host, as RabbitMQ's configure, write and read regexes.
/// The service's broker user is named after the service.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Its own entities, all named <c>{service}-…</c>: the queue of each consumer and the exchange of the same
/// name, their <c>_error</c> queues, the bus's temporary endpoint. It may declare, write and read them.</item>
/// <item>The exchanges of the events it publishes (<see cref="PublishedByAttribute"/>): it may declare and write
/// them; no other service's user may, so a forged event cannot even be sent.</item>
/// <item>Every event's exchange it may read, which RabbitMQ asks of whoever binds a queue to an exchange: any
/// service may subscribe to any event (events carry ids and codes only), but it binds its queues itself and
/// never declares an exchange it does not own.</item>
/// </list>
/// </remarks>
public sealed record BrokerPermissions(string Configure, string Write, string Read)
{
    public static BrokerPermissions For(string service)
    {
        var own = Regex.Escape(service) + "-.*";
        var published = IntegrationEventTypes.PublishedBy(service)
            .Select(type => Regex.Escape(IntegrationEventTypes.ExchangeOf(type)))
            .ToList();
        var writable = published.Count == 0 ? $"^{own}$" : $"^({own}|{string.Join('|', published)})$";
        var events = Regex.Escape(typeof(IIntegrationEvent).Namespace + ":") + ".*";
        return new BrokerPermissions(writable, writable, $"^({own}|{events})$");
    }
}
