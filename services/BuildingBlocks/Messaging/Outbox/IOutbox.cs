using Justice.Contracts.Events;

namespace Justice.Messaging.Outbox;

/// <summary>
/// Queues integration events in the service's own database. They are saved by the same
/// <c>SaveChanges</c> (and so the same transaction) as the change that caused them, and published later
/// by the <see cref="OutboxDispatcher{TDbContext}"/>.
/// </summary>
public interface IOutbox
{
    void Add(IIntegrationEvent integrationEvent);
}
