extern alias NetworkService;

using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkService::Justice.Network.Data;
using NetworkService::Justice.Network.Domain;
using NetworkService::Justice.Network.Domain.Institutions;
using NetworkService::Justice.Network.Domain.Teams;

namespace Justice.Network.Tests.Meetings;

/// <summary>
/// Institutions, teams and councils for the councils' and meetings' tests. Institutions and teams have their own API
/// elsewhere; here they are written straight into the database, as the rows those APIs would make.
/// </summary>
public static class NetworkRows
{
    /// <summary>An institution of <paramref name="region"/>.</summary>
    public static async Task<Guid> InstitutionAsync(NetworkHost host, string region, string? name = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var institution = new Institution
        {
            Id = Guid.NewGuid(),
            RegionCode = region,
            Type = "police",
            NameBg = name ?? $"ОДМВР {Guid.NewGuid():N}"[..20],
            NameEn = name is null ? $"Police {Guid.NewGuid():N}"[..20] : null,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Institutions.Add(institution);
        await db.SaveChangesAsync();
        return institution.Id;
    }

    /// <summary>The territorial team of <paramref name="region"/>, made if it has none yet.</summary>
    public static async Task<Guid> TeamAsync(NetworkHost host, string region)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        if (await db.Teams.Where(t => t.RegionCode == region).Select(t => (Guid?)t.Id).SingleOrDefaultAsync() is { } existing)
        {
            return existing;
        }
        var team = new TerritorialTeam { Id = Guid.NewGuid(), RegionCode = region, CreatedAt = DateTimeOffset.UtcNow };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    }

    /// <summary>Puts the account of <paramref name="token"/> on <paramref name="region"/>'s team, as a practitioner of its roster.</summary>
    public static async Task JoinTeamAsync(NetworkHost host, string region, string token)
    {
        var team = await TeamAsync(host, region);
        var institution = await InstitutionAsync(host, region);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var practitioner = Guid.NewGuid();
        db.Roster.Add(new RosterMember { PractitionerId = practitioner, RegionCode = region, Profession = "psychologist", RegisteredAt = DateTimeOffset.UtcNow });
        db.TeamMembers.Add(new TeamMember
        {
            TeamId = team,
            PractitionerId = practitioner,
            InstitutionId = institution,
            Role = TeamMember.Member,
            AccountId = Jwt.Subject(token),
            AddedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The national council, created by the national admin if there is none yet.</summary>
    public static Task<Guid> NationalCouncilAsync(NetworkHost host) => CouncilAsync(host, null);

    /// <summary>The council of <paramref name="region"/> (the national council for null), created by the national admin if there is none yet.</summary>
    public static async Task<Guid> CouncilAsync(NetworkHost host, string? region)
    {
        var admin = await host.CreateAdminClientAsync();
        using var created = await admin.PostAsJsonAsync("/api/network/councils", region is null
            ? new { kind = "national", name = "Национален съвет за подкрепа", regionCode = (string?)null }
            : new { kind = "public", name = $"Обществен съвет за подкрепа {region}", regionCode = (string?)region });
        if (created.IsSuccessStatusCode)
        {
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
        var list = await admin.GetFromJsonAsync<JsonElement>(region is null ? "/api/network/councils?kind=national" : $"/api/network/councils?region={region}");
        return list.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>Adds an organisation to a council as a member (the national admin); returns the member's id.</summary>
    public static async Task<Guid> CouncilMemberAsync(NetworkHost host, Guid council, string? organisation = null, string role = "member")
    {
        var admin = await host.CreateAdminClientAsync();
        using var added = await admin.PostAsJsonAsync($"/api/network/councils/{council}/members",
            new { organisation = organisation ?? $"Сдружение {Guid.NewGuid():N}", role });
        added.EnsureSuccessStatusCode();
        return (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Removes every council (and so their members and meetings), so that a test starts from none.</summary>
    public static Task RemoveCouncilsAsync(NetworkHost host) => host.Database.ExecuteAsync("delete from support_councils");
}
