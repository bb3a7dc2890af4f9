using Justice.Contracts.Events;
using Justice.Messaging.Inbox;
using Justice.Network.Data;
using Justice.Network.Domain;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Consumers;

/// <summary>Marks a roster member trained; adds them first if their registration has not arrived yet.</summary>
public sealed class PractitionerTrainedConsumer(NetworkDbContext db)
    : InboxConsumer<PractitionerTrained, NetworkDbContext>(db)
{
    protected override async Task ApplyAsync(PractitionerTrained message, CancellationToken cancellationToken)
    {
        var member = await Db.Roster.SingleOrDefaultAsync(m => m.PractitionerId == message.PractitionerId, cancellationToken);
        if (member is null)
        {
            member = new RosterMember
            {
                PractitionerId = message.PractitionerId,
                RegionCode = message.RegionCode,
                Profession = message.Profession,
                RegisteredAt = message.OccurredAt,
            };
            Db.Roster.Add(member);
        }
        member.TrainedAt ??= message.OccurredAt;
    }
}
