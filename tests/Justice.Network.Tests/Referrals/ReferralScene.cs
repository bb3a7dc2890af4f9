extern alias NetworkService;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkService::Justice.Network.Data;
using NetworkService::Justice.Network.Domain;
using NetworkService::Justice.Network.Domain.Cases;
using NetworkService::Justice.Network.Domain.Institutions;
using NetworkService::Justice.Network.Domain.Teams;

namespace Justice.Network.Tests.Referrals;

/// <summary>A case of a region with two of its institutions, as the tests of referrals need one.</summary>
public sealed record SceneCase(Guid CaseId, string RegionCode, Guid From, Guid To);

/// <summary>
/// Cases, institutions and team members written straight into Network's database (their own APIs are built apart),
/// and referrals made through the API under test.
/// </summary>
public sealed class ReferralScene(IServiceProvider services)
{
    /// <summary>An open case of <paramref name="region"/> (closed when <paramref name="closed"/>) and two of the region's institutions.</summary>
    public async Task<SceneCase> CaseAsync(string region, bool closed = false)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var now = DateTimeOffset.UtcNow;
        var from = Institution(region, "police");
        var to = Institution(region, "social-service");
        var @case = new CooperationCase
        {
            Id = Guid.NewGuid(),
            VictimId = Guid.NewGuid(),
            RegionCode = region,
            AgeGroup = "child",
            Source = CooperationCase.Manual,
            OpenedAt = now.AddDays(-1),
            OpenedBy = "test",
            ClosedAt = closed ? now : null,
            Outcome = closed ? "support-provided" : null,
        };
        db.AddRange(from, to, @case);
        await db.SaveChangesAsync();
        return new SceneCase(@case.Id, region, from.Id, to.Id);
    }

    /// <summary>Another institution of <paramref name="region"/>.</summary>
    public async Task<Guid> InstitutionAsync(string region)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var institution = Institution(region, "ngo");
        db.Add(institution);
        await db.SaveChangesAsync();
        return institution.Id;
    }

    /// <summary>Puts the account <paramref name="accountId"/> on <paramref name="region"/>'s territorial team, as a practitioner of its roster.</summary>
    public async Task JoinTeamAsync(string region, string accountId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var now = DateTimeOffset.UtcNow;
        var team = await db.Teams.SingleOrDefaultAsync(t => t.RegionCode == region);
        if (team is null)
        {
            team = new TerritorialTeam { Id = Guid.NewGuid(), RegionCode = region, CreatedAt = now };
            db.Teams.Add(team);
        }
        var institution = Institution(region, "child-protection");
        var practitioner = new RosterMember
        {
            PractitionerId = Guid.NewGuid(), RegionCode = region, Profession = "social-worker", RegisteredAt = now, TrainedAt = now,
        };
        db.AddRange(institution, practitioner, new TeamMember
        {
            TeamId = team.Id,
            PractitionerId = practitioner.PractitionerId,
            InstitutionId = institution.Id,
            Role = TeamMember.Member,
            AccountId = accountId,
            AddedAt = now,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A body for issuing a referral on <paramref name="case"/>, the victim's written consent given an hour ago.</summary>
    public static Dictionary<string, object?> Body(SceneCase @case, DateTimeOffset dueBy) => new()
    {
        ["fromInstitutionId"] = @case.From,
        ["toInstitutionId"] = @case.To,
        ["purpose"] = "emotional-psychological",
        ["dueBy"] = dueBy,
        ["consent"] = new Dictionary<string, object?> { ["given"] = true, ["at"] = dueBy.AddDays(-30), ["form"] = "written" },
        ["note"] = "Детето се нуждае от консултация с психолог.",
    };

    /// <summary>Issues a referral through <paramref name="client"/> and returns its id.</summary>
    public static async Task<Guid> IssueAsync(HttpClient client, SceneCase @case, DateTimeOffset dueBy)
    {
        using var response = await client.PostAsJsonAsync($"/api/network/cases/{@case.CaseId}/referrals", Body(@case, dueBy));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Posts an action (<c>accept</c>, <c>complete</c>, ...) on a referral and expects it done.</summary>
    public static async Task DoAsync(HttpClient client, Guid referral, string action, object? body = null)
    {
        using var response = body is null
            ? await client.PostAsync($"/api/network/referrals/{referral}/{action}", null)
            : await client.PostAsJsonAsync($"/api/network/referrals/{referral}/{action}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync()}");
    }

    private static Institution Institution(string region, string type) => new()
    {
        Id = Guid.NewGuid(),
        RegionCode = region,
        Type = type,
        NameBg = $"Институция {Guid.NewGuid():N}",
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
