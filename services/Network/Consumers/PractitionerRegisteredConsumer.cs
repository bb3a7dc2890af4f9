using Justice.Contracts.Events;
using Justice.Messaging.Inbox;
using Justice.Network.Data;
using Justice.Network.Domain;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Consumers;

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
