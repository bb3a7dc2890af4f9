using Justice.Contracts.Events;
using Justice.Messaging.Inbox;
using Justice.Network.Data;
using Justice.Network.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Messaging;

/// <summary>Adds a newly registered practitioner to their region's roster, once per practitioner.</summary>
public sealed class PractitionerRegisteredConsumer(NetworkDbContext db)
    : InboxConsumer<PractitionerRegistered, NetworkDbContext>(db)
{
    protected override async Task ApplyAsync(PractitionerRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.Roster.AnyAsync(m => m.PractitionerId == message.PractitionerId, cancellationToken))
        {
            return;
        }

        Db.Roster.Add(new RosterMember
        {
            PractitionerId = message.PractitionerId,
            RegionCode = message.RegionCode,
            Profession = message.Profession,
            RegisteredAt = message.OccurredAt,
        });
    }
}

public sealed class PractitionerRegisteredConsumerDefinition : ConsumerDefinition<PractitionerRegisteredConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PractitionerRegisteredConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Bounded: what still fails after these lands in the _error queue with its fault.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(200, 1000, 3000));
    }
}
