using System.Diagnostics;
using System.Text.Json;
using Justice.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace Justice.Messaging.Outbox;

internal sealed class Outbox<TDbContext>(TDbContext db, TimeProvider clock) : IOutbox where TDbContext : DbContext
{
    public void Add(IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = IntegrationEventTypes.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, IntegrationEventTypes.JsonOptions),
            CreatedAt = clock.GetUtcNow(),
            NextAttemptAt = clock.GetUtcNow(),
            TraceParent = Activity.Current?.Id is { } id && Activity.Current.IdFormat == ActivityIdFormat.W3C ? id : null,
        });
    }
}
