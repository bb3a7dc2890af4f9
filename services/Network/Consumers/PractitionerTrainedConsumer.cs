using Justice.Contracts.Events;
using Justice.Messaging.Inbox;
using Justice.Network.Teams;
using Justice.Network.Data;
using Justice.Network.Domain;
using Justice.Network.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Consumers;

/// <summary>
/// Marks a roster member trained, adding them first if their registration has not arrived yet; when they serve on their
/// region's territorial team, decides the team's formation again (their training may complete it).
/// </summary>
public sealed class PractitionerTrainedConsumer(NetworkDbContext db, TeamReevaluation teams)
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
            member.TrainedAt = message.OccurredAt;
            return;
        }
        if (member.TrainedAt is not null)
        {
            return;
        }

        // Before the team is read: a member being added to it meanwhile is decided with this training, or after it.
        await teams.LockRegionAsync(member.RegionCode, cancellationToken);
        await Db.Entry(member).ReloadAsync(cancellationToken);
        if (member.TrainedAt is not null)
        {
            return;
        }
        member.TrainedAt = message.OccurredAt;
        var team = await Db.Teams.SingleOrDefaultAsync(
            t => t.RegionCode == member.RegionCode && t.Members.Any(m => m.PractitionerId == member.PractitionerId), cancellationToken);
        if (team is not null)
        {
            await teams.ApplyAsync(team, cancellationToken);
        }
    }
}
