using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Meetings;

/// <summary>
/// Working meetings of a territorial team and of councils: recorded, read with their attendees named, changed, listed
/// a page at a time and deleted; attendees are the team's region's institutions or the council's members; every bad
/// field is named.
/// </summary>
public sealed class MeetingTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task A_coordinator_records_the_teams_meeting_and_a_team_member_reads_it_with_the_institutions_named()
    {
        var coordinator = host.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-20"));
        var memberToken = await host.Identity.UserTokenAsync("practitioner", "BG-20");
        await NetworkRows.JoinTeamAsync(host, "BG-20", memberToken);
        var member = host.CreateClient().WithToken(memberToken);
        var team = await NetworkRows.TeamAsync(host, "BG-20");
        var police = await NetworkRows.InstitutionAsync(host, "BG-20", "ОДМВР Сливен");
        var court = await NetworkRows.InstitutionAsync(host, "BG-20", "Районен съд Сливен");

        using var created = await coordinator.PostAsJsonAsync("/api/network/meetings", new
        {
            teamId = team,
            heldOn = "2026-11-20",
            agenda = new[] { "  Случаи с деца  ", "Насочвания" },
            attendees = new[] { police, court, police },
            decisions = Array.Empty<string>(),
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var read = await member.GetFromJsonAsync<JsonElement>($"/api/network/meetings/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/network/meetings/{id}", created.Headers.Location?.ToString());
        Assert.Equal(team, read.GetProperty("teamId").GetGuid());
        Assert.Equal("BG-20", read.GetProperty("regionCode").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("councilId").ValueKind);
        Assert.Equal("2026-11-20", read.GetProperty("heldOn").GetString());
        Assert.Equal(["Случаи с деца", "Насочвания"], read.GetProperty("agenda").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["ОДМВР Сливен", "Районен съд Сливен"],
            read.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Empty(read.GetProperty("decisions").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("minutes").ValueKind);
    }

    [Fact]
    public async Task A_teams_meeting_is_attended_by_institutions_of_its_region_only()
    {
        var admin = await host.CreateAdminClientAsync();
        var team = await NetworkRows.TeamAsync(host, "BG-21");
        var own = await NetworkRows.InstitutionAsync(host, "BG-21");
        var elsewhere = await NetworkRows.InstitutionAsync(host, "BG-22");

        using var response = await admin.PostAsJsonAsync("/api/network/meetings",
            Meetings.Body(team, null, own, elsewhere, Guid.NewGuid()));

        var fields = await Problem.AssertFieldsAsync(response, "attendees[1]", "attendees[2]");
        Assert.DoesNotContain("attendees[0]", fields);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from working_meetings where team_id = '{team}'"));
    }

    [Fact]
    public async Task A_councils_meeting_is_attended_by_its_members_and_one_who_left_stays_on_the_meetings_it_attended()
    {
        var admin = await host.CreateAdminClientAsync();
        var council = await NetworkRows.CouncilAsync(host, "BG-23");
        var other = await NetworkRows.CouncilAsync(host, "BG-24");
        var staying = await NetworkRows.CouncilMemberAsync(host, council, "Община Смолян");
        var leaving = await NetworkRows.CouncilMemberAsync(host, council, "Сдружение „Родопи“");
        var stranger = await NetworkRows.CouncilMemberAsync(host, other, "Община Софийска област");
        var meeting = await Meetings.CreateAsync(admin, null, council, staying, leaving);
        (await admin.DeleteAsync($"/api/network/councils/{council}/members/{leaving}")).EnsureSuccessStatusCode();

        using var kept = await admin.PutAsJsonAsync($"/api/network/meetings/{meeting}", Update(staying, leaving));
        using var newcomer = await admin.PostAsJsonAsync("/api/network/meetings", Meetings.Body(null, council, staying, leaving));
        using var foreign = await admin.PutAsJsonAsync($"/api/network/meetings/{meeting}", Update(staying, stranger));
        var view = await admin.GetFromJsonAsync<JsonElement>($"/api/network/meetings/{meeting}");

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        await Problem.AssertFieldsAsync(newcomer, "attendees[1]");
        await Problem.AssertFieldsAsync(foreign, "attendees[1]");
        Assert.Equal(council, view.GetProperty("councilId").GetGuid());
        Assert.Equal(["Община Смолян", "Сдружение „Родопи“"],
            view.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["Отчет за 2026 г."], view.GetProperty("agenda").EnumerateArray().Select(a => a.GetString()));
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("updatedAt").ValueKind);
    }

    [Fact]
    public async Task The_national_councils_meetings_are_kept_by_national_admins()
    {
        var admin = await host.CreateAdminClientAsync();
        var council = await NetworkRows.NationalCouncilAsync(host);

        var meeting = await Meetings.CreateAsync(admin, null, council);
        var view = await admin.GetFromJsonAsync<JsonElement>($"/api/network/meetings/{meeting}");

        Assert.Equal(JsonValueKind.Null, view.GetProperty("regionCode").ValueKind);
        Assert.Equal(council, view.GetProperty("councilId").GetGuid());
    }

    [Fact]
    public async Task A_teams_meetings_are_listed_latest_first_a_page_at_a_time_and_a_deleted_one_is_gone()
    {
        var admin = await host.CreateAdminClientAsync();
        var team = await NetworkRows.TeamAsync(host, "BG-25");
        var ids = new List<Guid>();
        foreach (var day in new[] { "2026-09-01", "2026-11-01", "2026-10-01" })
        {
            using var created = await admin.PostAsJsonAsync("/api/network/meetings", new
            {
                teamId = team, heldOn = day, agenda = new[] { "Точка" }, attendees = Array.Empty<Guid>(), decisions = Array.Empty<string>(),
            });
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var first = await admin.GetFromJsonAsync<JsonElement>("/api/network/meetings?region=bg-25&pageSize=2");
        var second = await admin.GetFromJsonAsync<JsonElement>("/api/network/meetings?region=BG-25&pageSize=2&page=2");
        using var deleted = await admin.DeleteAsync($"/api/network/meetings/{ids[1]}");
        using var gone = await admin.GetAsync($"/api/network/meetings/{ids[1]}");
        var after = await admin.GetFromJsonAsync<JsonElement>("/api/network/meetings?region=BG-25");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(["2026-11-01", "2026-10-01"], first.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("heldOn").GetString()));
        Assert.Equal(ids[0], Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(1, first.GetProperty("items")[0].GetProperty("agendaItems").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(2, after.GetProperty("total").GetInt32());
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'meeting-delete' and subject = 'meeting/{ids[1]}' and outcome = 'done'"));
    }

    [Fact]
    public async Task A_meeting_of_an_unknown_team_or_council_is_refused_naming_it()
    {
        var admin = await host.CreateAdminClientAsync();

        using var team = await admin.PostAsJsonAsync("/api/network/meetings", Meetings.Body(Guid.NewGuid(), null));
        using var council = await admin.PostAsJsonAsync("/api/network/meetings", Meetings.Body(null, Guid.NewGuid()));

        await Problem.AssertFieldsAsync(team, "teamId");
        await Problem.AssertFieldsAsync(council, "councilId");
    }

    public static TheoryData<string, string[]> BadMeetings()
    {
        var team = Guid.NewGuid();
        var good = $$"""{"teamId":"{{team}}","heldOn":"2026-11-20","agenda":["Точка"],"attendees":[],"decisions":[]}""";
        return new()
        {
            { """{"heldOn":"2026-11-20","agenda":["Точка"],"attendees":[],"decisions":[]}""", ["teamId", "councilId"] },
            { $$"""{"teamId":"{{team}}","councilId":"{{team}}","heldOn":"2026-11-20","agenda":["Точка"],"attendees":[],"decisions":[]}""", ["councilId"] },
            { $$"""{"teamId":"{{team}}"}""", ["heldOn", "agenda", "attendees", "decisions"] },
            { good.Replace("2026-11-20", "2999-01-01"), ["heldOn"] },
            { good.Replace("\"2026-11-20\"", "\"20.11.2026\""), ["heldOn"] },
            { good.Replace("[\"Точка\"]", "[]"), ["agenda"] },
            { good.Replace("[\"Точка\"]", "[\"Точка\",null]"), ["agenda[1]"] },
            { good.Replace("[\"Точка\"]", "[\"  \"]"), ["agenda[0]"] },
            { good.Replace("[\"Точка\"]", $"[\"{new string('я', 501)}\"]"), ["agenda[0]"] },
            { good.Replace("[\"Точка\"]", $"[{string.Join(',', Enumerable.Repeat("\"Точка\"", 31))}]"), ["agenda"] },
            { good.Replace("[\"Точка\"]", "[\"Точка\\u0000\"]"), ["agenda[0]"] },
            { good.Replace("\"attendees\":[]", "\"attendees\":[null]"), ["attendees[0]"] },
            { good.Replace("\"attendees\":[]", "\"attendees\":[\"00000000-0000-0000-0000-000000000000\"]"), ["attendees[0]"] },
            { good.Replace("\"attendees\":[]", "\"attendees\":null"), ["attendees"] },
            { good.Replace("\"decisions\":[]", "\"decisions\":[null]"), ["decisions[0]"] },
            { good.Replace("\"decisions\":[]", $"\"decisions\":[\"{new string('я', 2001)}\"]"), ["decisions[0]"] },
            { good.Replace("\"decisions\":[]", "\"decisions\":[]," + "\"minutes\":\"x\""), ["minutes"] },
        };
    }

    [Theory]
    [MemberData(nameof(BadMeetings))]
    public async Task A_bad_meeting_is_refused_naming_each_field(string body, string[] fields)
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.PostAsync("/api/network/meetings", Problem.Json(body));

        await Problem.AssertFieldsAsync(response, fields);
    }

    [Fact]
    public async Task A_bad_update_is_refused_naming_each_field_and_changes_nothing()
    {
        var admin = await host.CreateAdminClientAsync();
        var meeting = await Meetings.CreateAsync(admin, await NetworkRows.TeamAsync(host, "BG-26"), null);

        using var response = await admin.PutAsync($"/api/network/meetings/{meeting}",
            Problem.Json("""{"heldOn":null,"agenda":[null],"attendees":[],"decisions":["Решение",""]}"""));

        await Problem.AssertFieldsAsync(response, "heldOn", "agenda[0]", "decisions[1]");
        Assert.Equal(2L, await host.Database.ScalarAsync<long>($"select cardinality(agenda)::bigint from working_meetings where id = '{meeting}'"));
    }

    [Theory]
    [InlineData("", "region")]
    [InlineData("?region=BG-05&councilId=7a8f4f52-31b8-4a7e-8b0b-5d3c1e0b8a11", "region")]
    [InlineData("?region=BG-99", "region")]
    [InlineData("?councilId=council", "councilId")]
    [InlineData("?region=BG-05&page=0", "page")]
    public async Task A_bad_filter_is_refused_naming_it(string query, string field)
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.GetAsync($"/api/network/meetings{query}");

        await Problem.AssertFieldsAsync(response, field);
    }

    private static object Update(params Guid[] attendees) => new
    {
        heldOn = "2026-11-21",
        agenda = new[] { "Отчет за 2026 г." },
        attendees,
        decisions = new[] { "Отчетът е приет." },
    };
}
