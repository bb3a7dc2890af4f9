extern alias NetworkService;

using Microsoft.Extensions.DependencyInjection;
using NetworkService::Justice.Network.Data;
using NetworkService::Justice.Network.Domain;
using NetworkService::Justice.Network.Domain.Cases;
using NetworkService::Justice.Network.Domain.Institutions;
using NetworkService::Justice.Network.Domain.Teams;

namespace Justice.Network.Tests.Cooperation;

/// <summary>Cases and teams written straight into the service's database, as the parts that make them would leave them.</summary>
internal static class CooperationRows
{
    private static readonly DateTimeOffset Opened = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Adds <paramref name="open"/> open cases, and closed ones: <paramref name="effective"/> effective, <paramref name="ineffective"/>
    /// not. Open cases carry their score as last computed, and every other one is effective so far: figures count only closed ones.
    /// </summary>
    public static async Task AddCasesAsync(this NetworkHost host, string region, int open, int effective, int ineffective)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        for (var i = 0; i < open + effective + ineffective; i++)
        {
            var closed = i >= open;
            db.Cases.Add(new CooperationCase
            {
                Id = Guid.NewGuid(),
                VictimId = Guid.NewGuid(),
                RegionCode = region,
                AgeGroup = i % 2 == 0 ? "child" : "adult",
                Source = CooperationCase.FromAssessment,
                OpenedAt = Opened,
                ClosedAt = closed ? Opened.AddDays(40) : null,
                Outcome = closed ? "support-completed" : null,
                Effective = closed ? i < open + effective : i % 2 == 0,
            });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>A team in <paramref name="region"/>, one member per entry of <paramref name="members"/>: their institution's type and whether trained.</summary>
    public static async Task<Guid> AddTeamAsync(this NetworkHost host, string region, DateTimeOffset? formedAt,
        params (string InstitutionType, bool Trained)[] members)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var team = new TerritorialTeam { Id = Guid.NewGuid(), RegionCode = region, CreatedAt = Opened, FormedAt = formedAt };
        db.Teams.Add(team);
        var institutions = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var (type, trained) in members)
        {
            if (!institutions.TryGetValue(type, out var institution))
            {
                institution = new Institution
                {
                    Id = Guid.NewGuid(), RegionCode = region, Type = type, NameBg = $"Институция {type} {Guid.NewGuid():N}", CreatedAt = Opened,
                };
                institutions[type] = institution;
                db.Institutions.Add(institution);
            }
            var practitioner = new RosterMember
            {
                PractitionerId = Guid.NewGuid(), RegionCode = region, Profession = "social-worker", RegisteredAt = Opened,
                TrainedAt = trained ? Opened.AddDays(10) : null,
            };
            db.Roster.Add(practitioner);
            team.Members.Add(new TeamMember
            {
                TeamId = team.Id, PractitionerId = practitioner.PractitionerId, InstitutionId = institution.Id,
                Role = TeamMember.Member, AddedAt = Opened.AddDays(12),
            });
        }
        await db.SaveChangesAsync();
        return team.Id;
    }
}
