using Justice.Contracts.Events;
using Justice.Messaging.Outbox;
using Justice.Network.Data;
using Justice.Network.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Teams;

/// <summary>
/// The one place a territorial team's formation is decided after a change that can affect it: a member added, changed
/// or removed, an institution's type changed, a member trained. When the team comes to meet <see cref="TeamFormation"/>'s
/// rule it is formed (<see cref="TerritorialTeamFormed"/>); when a formed team stops meeting it, it is dissolved
/// (<see cref="TerritorialTeamDissolved"/>). The events leave through the outbox, with the change.
/// </summary>
/// <remarks>
/// Every such change runs in a transaction that first takes <see cref="LockRegionAsync"/>, so two changes to one team
/// are decided one after the other and each transition is announced once.
/// </remarks>
public sealed class TeamReevaluation(NetworkDbContext db, IOutbox outbox, TimeProvider clock)
{
    /// <summary>
    /// Holds changes to <paramref name="regionCode"/>'s team until the current transaction ends. Take it before reading
    /// the team. The region's row is locked FOR NO KEY UPDATE: rows that refer to the region are still added meanwhile.
    /// </summary>
    public async Task LockRegionAsync(string regionCode, CancellationToken cancellationToken)
    {
        RequireTransaction();
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM judicial_regions WHERE code = {regionCode} FOR NO KEY UPDATE", cancellationToken);
    }

    /// <summary>
    /// Saves the changes pending in the context, decides <paramref name="team"/>'s formation from its members as they now
    /// are, marks it formed or dissolved when that changed (with the event), and saves again. The caller commits.
    /// </summary>
    public async Task<FormationResult> ApplyAsync(TerritorialTeam team, CancellationToken cancellationToken)
    {
        RequireTransaction();
        await db.SaveChangesAsync(cancellationToken);
        var members = await MembersOf(db, team.Id).ToListAsync(cancellationToken);
        var result = TeamFormation.Evaluate(members);
        var now = clock.GetUtcNow();
        if (result.Formed && team.FormedAt is null)
        {
            team.FormedAt = now;
            outbox.Add(new TerritorialTeamFormed(team.Id, team.RegionCode, members.Count, result.InstitutionTypes, now));
        }
        else if (!result.Formed && team.FormedAt is not null)
        {
            team.FormedAt = null;
            outbox.Add(new TerritorialTeamDissolved(team.Id, team.RegionCode, members.Count, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>The members of team <paramref name="teamId"/> as the formation rule sees them.</summary>
    public static IQueryable<FormationMember> MembersOf(NetworkDbContext db, Guid teamId) =>
        from member in db.TeamMembers
        where member.TeamId == teamId
        join institution in db.Institutions on member.InstitutionId equals institution.Id
        join practitioner in db.Roster on member.PractitionerId equals practitioner.PractitionerId
        select new FormationMember(institution.Type, practitioner.TrainedAt != null);

    private void RequireTransaction()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A team's formation is decided inside the transaction of the change.");
        }
    }
}
