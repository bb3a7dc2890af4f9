extern alias NetworkService;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Contracts.Events;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkService::Justice.Network.Data;
using NetworkService::Justice.Network.Domain;
using NetworkService::Justice.Network.Domain.Institutions;
using NetworkService::Justice.Network.Domain.Teams;

namespace Justice.Network.Tests.Cases;

/// <summary>
/// What case tests set up behind the API's back, with Network's own DbContext: institutions, roster members, a
/// region's team and its members (the institutions and teams APIs are another part's), closed cases.
/// </summary>
public static class CaseData
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static async Task WithDbAsync(this NetworkHost host, Func<NetworkDbContext, Task> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>A new institution of <paramref name="region"/> (named <paramref name="name"/>, or uniquely); its id.</summary>
    public static async Task<Guid> InstitutionAsync(this NetworkHost host, string region, string type = "police", string? name = null)
    {
        var id = Guid.NewGuid();
        await host.WithDbAsync(db =>
        {
            db.Institutions.Add(new Institution
            {
                Id = id, RegionCode = region, Type = type, NameBg = name ?? $"Институция {id:N}",
                NameEn = name is null ? $"Institution {id:N}" : null, CreatedAt = DateTimeOffset.UtcNow,
            });
            return Task.CompletedTask;
        });
        return id;
    }

    /// <summary>A new practitioner on <paramref name="region"/>'s roster; Training's id of them.</summary>
    public static async Task<Guid> RosterMemberAsync(this NetworkHost host, string region, string profession = "psychologist")
    {
        var id = Guid.NewGuid();
        await host.WithDbAsync(db =>
        {
            db.Roster.Add(new RosterMember { PractitionerId = id, RegionCode = region, Profession = profession, RegisteredAt = DateTimeOffset.UtcNow });
            return Task.CompletedTask;
        });
        return id;
    }

    /// <summary>The territorial team of <paramref name="region"/>, made if it has none yet; its id.</summary>
    public static async Task<Guid> TeamAsync(this NetworkHost host, string region)
    {
        var id = Guid.Empty;
        await host.WithDbAsync(async db =>
        {
            var team = await db.Teams.SingleOrDefaultAsync(t => t.RegionCode == region);
            if (team is null)
            {
                team = new TerritorialTeam { Id = Guid.NewGuid(), RegionCode = region, CreatedAt = DateTimeOffset.UtcNow };
                db.Teams.Add(team);
            }
            id = team.Id;
        });
        return id;
    }

    /// <summary>Puts the account <paramref name="accountId"/> on <paramref name="region"/>'s territorial team (made when missing).</summary>
    public static async Task TeamMemberAsync(this NetworkHost host, string region, string accountId)
    {
        var team = await host.TeamAsync(region);
        var practitioner = await host.RosterMemberAsync(region);
        var institution = await host.InstitutionAsync(region);
        await host.WithDbAsync(db =>
        {
            db.TeamMembers.Add(new TeamMember
            {
                TeamId = team, PractitionerId = practitioner, InstitutionId = institution, Role = TeamMember.Member,
                AccountId = accountId, AddedAt = DateTimeOffset.UtcNow,
            });
            return Task.CompletedTask;
        });
    }

    /// <summary>Closes a case as the closing part would: <c>ClosedAt</c> set.</summary>
    public static Task CloseAsync(this NetworkHost host, Guid caseId) =>
        host.WithDbAsync(async db =>
        {
            var @case = await db.Cases.SingleAsync(c => c.Id == caseId);
            @case.ClosedAt = DateTimeOffset.UtcNow;
            @case.Outcome = "support-completed";
        });

    /// <summary>Moves a case's opening into the past, so its due times can be reached without waiting.</summary>
    public static Task OpenedAgoAsync(this NetworkHost host, Guid caseId, TimeSpan ago) =>
        host.Database.ExecuteAsync(
            $"update cooperation_cases set opened_at = now() - interval '{(long)ago.TotalSeconds} seconds' where id = '{caseId}'");

    /// <summary>Opens a case by hand with <paramref name="client"/>; its id.</summary>
    public static async Task<Guid> OpenCaseAsync(this HttpClient client, string region, string ageGroup = "child", Guid? victimId = null)
    {
        using var response = await client.PostAsJsonAsync("/api/network/cases",
            new { victimId = victimId ?? Guid.NewGuid(), regionCode = region, ageGroup });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> CaseAsync(this HttpClient client, Guid caseId)
    {
        using var response = await client.GetAsync($"/api/network/cases/{caseId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>A completed assessment of <paramref name="victimId"/>, as Assessment publishes it.</summary>
    public static AssessmentCompleted Completed(Guid victimId, string region = "BG-07", int version = 1, string ageGroup = "child",
        int days = 3, Guid? assessmentId = null) =>
        new(victimId, assessmentId ?? Guid.NewGuid(), version, region, ageGroup, ["sexual-violence"],
            new Dictionary<string, string> { ["secondary-victimisation"] = "high" }, ["22(4)"], ["audiovisual-recording"], [],
            days, DateTimeOffset.UtcNow);

    /// <summary>Publishes as Assessment under <paramref name="messageId"/> (a new one when null); the id.</summary>
    public static async Task<Guid> PublishAsync<T>(this NetworkHost host, T message, Guid? messageId = null) where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        await host.Assessment.Publish(message, (PublishContext<T> context) => context.MessageId = id);
        return id;
    }

    /// <summary>Publishes and waits until Network's consumer has handled it <paramref name="times"/> times.</summary>
    public static async Task<Guid> DeliverAsync<T>(this NetworkHost host, T message, Guid? messageId = null, int times = 1) where T : class
    {
        var id = await host.PublishAsync(message, messageId);
        Assert.True(await host.Consumed.WaitUntilConsumedAsync(id, times, Timeout), $"{typeof(T).Name} {id} not consumed");
        return id;
    }
}
