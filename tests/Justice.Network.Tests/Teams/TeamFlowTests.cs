using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Contracts.Events;
using Justice.Testing;
using MassTransit;

namespace Justice.Network.Tests.Teams;

/// <summary>
/// A region's team composed through the API and completed by Training's events: it is formed, and dissolved, exactly
/// when the rule says, and each transition leaves one event in the outbox. Each test works in a region of its own.
/// </summary>
public sealed class TeamFlowTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_fifth_trained_member_forms_the_team_and_one_event_says_so()
    {
        const string Region = "BG-01";
        var admin = await host.CreateAdminClientAsync();
        await TeamSetup.MembersAsync(host, admin, Region, TeamSetup.FormingTypes[..4]);

        var before = await TeamSetup.TeamAsync(admin, Region);
        Assert.False(before.GetProperty("formed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("formedAt").ValueKind);
        var gap = Assert.Single(before.GetProperty("missing").EnumerateArray());
        Assert.Equal("members", gap.GetProperty("clause").GetString());
        Assert.Equal("At least 5 members are needed; the team has 4.", gap.GetProperty("message").GetString());
        Assert.Equal(0, await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamFormed), Region));

        var fifth = await TeamSetup.MembersAsync(host, admin, Region, TeamSetup.FormingTypes[4..]);

        var after = await TeamSetup.TeamAsync(admin, Region);
        Assert.True(after.GetProperty("formed").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("formedAt").ValueKind);
        Assert.Empty(after.GetProperty("missing").EnumerateArray());
        Assert.Equal(5, after.GetProperty("members").GetArrayLength());
        Assert.Equal(1, await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamFormed), Region));
        var formed = JsonDocument.Parse(await host.Database.ScalarAsync<string>(
            $"select payload::text from outbox_messages where type = 'TerritorialTeamFormed' and payload ->> 'regionCode' = '{Region}'")).RootElement;
        Assert.Equal(after.GetProperty("id").GetGuid(), formed.GetProperty("teamId").GetGuid());
        Assert.Equal(5, formed.GetProperty("members").GetInt32());
        Assert.Equal(TeamSetup.FormingTypes.Order(StringComparer.Ordinal),
            formed.GetProperty("institutionTypes").EnumerateArray().Select(t => t.GetString()));

        // A change that keeps the team formed announces nothing new.
        var member = after.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("practitionerId").GetGuid() == fifth[0]);
        using var coordinator = await TeamSetup.PutMemberAsync(admin, Region, fifth[0],
            member.GetProperty("institution").GetProperty("id").GetGuid(), "coordinator");
        Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
        Assert.True((await TeamSetup.TeamAsync(admin, Region)).GetProperty("formed").GetBoolean());
        Assert.Equal(1, await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamFormed), Region));
        Assert.Equal(0, await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamDissolved), Region));
    }

    [Fact]
    public async Task Taking_a_member_off_a_formed_team_dissolves_it_and_adding_one_forms_it_again()
    {
        const string Region = "BG-02";
        var admin = await host.CreateAdminClientAsync();
        var members = await TeamSetup.MembersAsync(host, admin, Region, TeamSetup.FormingTypes);

        using var removed = await admin.DeleteAsync($"/api/network/regions/{Region}/team/members/{members[4]}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var team = await TeamSetup.TeamAsync(admin, Region);
        Assert.False(team.GetProperty("formed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, team.GetProperty("formedAt").ValueKind);
        Assert.Equal(4, team.GetProperty("members").GetArrayLength());
        Assert.Equal(1, await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamDissolved), Region));
        var dissolved = JsonDocument.Parse(await host.Database.ScalarAsync<string>(
            $"select payload::text from outbox_messages where type = 'TerritorialTeamDissolved' and payload ->> 'regionCode' = '{Region}'")).RootElement;
        Assert.Equal(4, dissolved.GetProperty("members").GetInt32());

        await TeamSetup.MembersAsync(host, admin, Region, ["ngo"]);

        Assert.True((await TeamSetup.TeamAsync(admin, Region)).GetProperty("formed").GetBoolean());
        Assert.Equal(2, await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamFormed), Region));
        Assert.Equal(1, await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamDissolved), Region));
    }

    [Fact]
    public async Task Changing_an_institutions_type_can_dissolve_the_team()
    {
        const string Region = "BG-03";
        var admin = await host.CreateAdminClientAsync();
        await TeamSetup.MembersAsync(host, admin, Region, TeamSetup.FormingTypes);
        var team = await TeamSetup.TeamAsync(admin, Region);
        Assert.True(team.GetProperty("formed").GetBoolean());
        var police = team.GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("institution").GetProperty("type").GetString() == "police");
        var prosecutor = team.GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("institution").GetProperty("type").GetString() == "prosecutor-office");

        // Justice is still there through the prosecutor's office; then it is not.
        using var first = await admin.PutAsJsonAsync($"/api/network/institutions/{police.GetProperty("institution").GetProperty("id").GetGuid()}",
            new { type = "ngo", nameBg = "Фондация „Закрила“" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True((await TeamSetup.TeamAsync(admin, Region)).GetProperty("formed").GetBoolean());
        using var second = await admin.PutAsJsonAsync($"/api/network/institutions/{prosecutor.GetProperty("institution").GetProperty("id").GetGuid()}",
            new { type = "municipality", nameBg = "Община Бургас" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        var after = await TeamSetup.TeamAsync(admin, Region);
        Assert.False(after.GetProperty("formed").GetBoolean());
        Assert.Equal(["justice-institution"], after.GetProperty("missing").EnumerateArray().Select(g => g.GetProperty("clause").GetString()));
        Assert.Equal(1, await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamDissolved), Region));
    }

    [Fact]
    public async Task The_last_members_training_forms_the_team_through_Trainings_event_once_however_often_it_comes()
    {
        const string Region = "BG-04";
        var admin = await host.CreateAdminClientAsync();
        await TeamSetup.MembersAsync(host, admin, Region, TeamSetup.FormingTypes[..4]);
        var untrained = (await TeamSetup.MembersAsync(host, admin, Region, TeamSetup.FormingTypes[4..], trained: false))[0];
        var before = await TeamSetup.TeamAsync(admin, Region);
        Assert.False(before.GetProperty("formed").GetBoolean());
        var gap = Assert.Single(before.GetProperty("missing").EnumerateArray());
        Assert.Equal("training", gap.GetProperty("clause").GetString());
        Assert.Equal("Every member must have completed the training; not yet trained: 1.", gap.GetProperty("message").GetString());

        var trained = new PractitionerTrained(untrained, "social-worker", Region, Guid.NewGuid(), 1,
            new Dictionary<string, decimal> { ["rights"] = 1.5m }, DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        await host.Training.Publish(trained, context => context.MessageId = messageId);
        await host.Training.Publish(trained, context => context.MessageId = Guid.NewGuid());

        Assert.True(await host.Consumed.WaitUntilConsumedAsync(messageId, 1, Timeout));
        Assert.True(await Eventually.Holds(Timeout, async () => await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamFormed), Region) > 0));
        var after = await TeamSetup.TeamAsync(admin, Region);
        Assert.True(after.GetProperty("formed").GetBoolean());
        Assert.True(after.GetProperty("members").EnumerateArray().All(m => m.GetProperty("trained").GetBoolean()));
        // The outbox hands the event to the broker: delivered, or returned when no service has bound a queue to it yet.
        Assert.True(await Eventually.Holds(Timeout, async () => await host.Database.ScalarAsync<long>($"""
            select count(*) from outbox_messages where type = 'TerritorialTeamFormed' and payload ->> 'regionCode' = '{Region}'
            and (dispatched_at is not null or last_error like 'Unroutable:%')
            """) == 1));
        await Task.Delay(TimeSpan.FromSeconds(1)); // the second delivery, under another id, has had its chance
        Assert.Equal(1, await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamFormed), Region));
    }

    [Fact]
    public async Task Members_added_at_the_same_time_make_one_team_formed_once()
    {
        const string Region = "BG-06";
        var admin = await host.CreateAdminClientAsync();
        var pairs = new List<(Guid Practitioner, Guid Institution)>();
        foreach (var type in TeamSetup.FormingTypes.Append("ngo"))
        {
            pairs.Add((await TeamSetup.RosterAsync(host, Region), await TeamSetup.InstitutionAsync(admin, Region, type)));
        }

        var responses = await Task.WhenAll(pairs.Select(async pair =>
        {
            using var response = await TeamSetup.PutMemberAsync(admin, Region, pair.Practitioner, pair.Institution);
            return response.StatusCode;
        }));

        Assert.All(responses, status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from territorial_teams where region_code = '{Region}'"));
        var team = await TeamSetup.TeamAsync(admin, Region);
        Assert.Equal(6, team.GetProperty("members").GetArrayLength());
        Assert.True(team.GetProperty("formed").GetBoolean());
        Assert.Equal(1, await TeamSetup.OutboxCountAsync(host, nameof(TerritorialTeamFormed), Region));
    }

    [Theory]
    [InlineData("bg", "Нужни са поне 5 членове; екипът има 0.", "Нужен е член от полицията, прокуратурата или съда.")]
    [InlineData("fr", "Il faut au moins 5 membres ; l'équipe en a 0.", "Il faut un membre de la police, du parquet ou d'un tribunal.")]
    public async Task A_region_without_a_team_says_what_is_missing_in_the_readers_language(string language, string members, string justice)
    {
        var team = await TeamSetup.TeamAsync(await host.CreateAdminClientAsync(), "BG-28", language);

        Assert.Equal("BG-28", team.GetProperty("regionCode").GetString());
        Assert.Equal(JsonValueKind.Null, team.GetProperty("id").ValueKind);
        Assert.False(team.GetProperty("formed").GetBoolean());
        Assert.Empty(team.GetProperty("members").EnumerateArray());
        var missing = team.GetProperty("missing").EnumerateArray().ToDictionary(
            g => g.GetProperty("clause").GetString()!, g => g.GetProperty("message").GetString());
        Assert.Equal(["members", "institution-types", "justice-institution", "welfare-institution"], missing.Keys);
        Assert.Equal(members, missing["members"]);
        Assert.Equal(justice, missing["justice-institution"]);
    }

    [Fact]
    public async Task A_member_shows_profession_institution_role_and_training_and_the_account_only_to_managers()
    {
        const string Region = "BG-07";
        var admin = await host.CreateAdminClientAsync();
        var practitioner = await TeamSetup.RosterAsync(host, Region, trained: false, profession: "psychologist");
        var institution = await TeamSetup.InstitutionAsync(admin, Region, "child-protection", "ОЗД Габрово");
        var account = Jwt.Subject(await host.Identity.UserTokenAsync("practitioner", Region));

        using var put = await TeamSetup.PutMemberAsync(admin, Region, practitioner, institution, "coordinator", account);

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var coordinator = host.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", Region));
        var member = (await TeamSetup.TeamAsync(coordinator, Region, "fr")).GetProperty("members").EnumerateArray().Single();
        Assert.Equal(practitioner, member.GetProperty("practitionerId").GetGuid());
        Assert.Equal("psychologist", member.GetProperty("profession").GetString());
        Assert.Equal("coordinator", member.GetProperty("role").GetString());
        Assert.False(member.GetProperty("trained").GetBoolean());
        Assert.Equal(account, member.GetProperty("accountId").GetString());
        Assert.Equal(institution, member.GetProperty("institution").GetProperty("id").GetGuid());
        Assert.Equal("Institution child-protection", member.GetProperty("institution").GetProperty("name").GetString());
        Assert.Equal("Service de protection de l'enfance (direction de l'assistance sociale)",
            member.GetProperty("institution").GetProperty("typeName").GetString());

        var colleague = host.CreateClient().WithToken(await host.Identity.UserTokenAsync("practitioner", Region));
        var seen = (await TeamSetup.TeamAsync(colleague, Region, "bg")).GetProperty("members").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("accountId").ValueKind);
        Assert.Equal("ОЗД Габрово", seen.GetProperty("institution").GetProperty("name").GetString());
    }
}
