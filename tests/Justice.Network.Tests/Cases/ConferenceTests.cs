using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Cases;

/// <summary>
/// Case conferences: the first planning conference on time or not (a child's 24 hours, Vidin's 2), in the case and
/// in <c>CaseConferenceHeld</c>; review conferences; the attending institutions checked against the region.
/// </summary>
public sealed class ConferenceTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task A_childs_first_planning_conference_within_24_hours_is_on_time_and_a_review_says_nothing_of_it()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync("BG-16");
        var police = await host.InstitutionAsync("BG-16");
        var court = await host.InstitutionAsync("BG-16", "court");
        await host.OpenedAgoAsync(caseId, TimeSpan.FromHours(30));

        var planning = await HoldAsync(admin, caseId, "planning", DateTimeOffset.UtcNow.AddHours(-8), [police, court],
            ["Разпит в синята стая", "Психолог от ДСП"]);
        var review = await HoldAsync(admin, caseId, "review", DateTimeOffset.UtcNow.AddHours(-1), [police], []);
        var @case = await admin.CaseAsync(caseId);

        Assert.True(planning.GetProperty("onTime").GetBoolean());
        Assert.Equal(JsonValueKind.Null, review.GetProperty("onTime").ValueKind);
        Assert.Equal([police, court], planning.GetProperty("institutionIds").EnumerateArray().Select(i => i.GetGuid()));
        Assert.Equal(2, @case.GetProperty("conferences").GetArrayLength());
        Assert.True(@case.GetProperty("planningConference").GetProperty("met").GetBoolean());
        var events = await EventsAsync(caseId);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.GetProperty("kind").GetString() == "planning" && e.GetProperty("onTime").GetBoolean()
            && e.GetProperty("institutions").GetInt32() == 2 && e.GetProperty("regionCode").GetString() == "BG-16");
        Assert.Contains(events, e => e.GetProperty("kind").GetString() == "review" && e.GetProperty("onTime").ValueKind == JsonValueKind.Null);
        Assert.All(events, e => Assert.DoesNotContain("синята", e.GetRawText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_Vidin_a_planning_conference_after_2_hours_is_late()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync("BG-05", "adult");
        var police = await host.InstitutionAsync("BG-05");
        await host.OpenedAgoAsync(caseId, TimeSpan.FromHours(3));

        var late = await HoldAsync(admin, caseId, "planning", DateTimeOffset.UtcNow.AddMinutes(-30), [police], ["План"]);
        var @case = await admin.CaseAsync(caseId);

        Assert.False(late.GetProperty("onTime").GetBoolean());
        Assert.False(@case.GetProperty("planningConference").GetProperty("met").GetBoolean());
        Assert.False(Assert.Single(await EventsAsync(caseId)).GetProperty("onTime").GetBoolean());
    }

    [Fact]
    public async Task A_case_whose_due_time_passed_without_a_planning_conference_has_not_met_it()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync("BG-16");
        var police = await host.InstitutionAsync("BG-16");
        await host.OpenedAgoAsync(caseId, TimeSpan.FromHours(25));

        await HoldAsync(admin, caseId, "review", DateTimeOffset.UtcNow.AddMinutes(-5), [police], []);
        var planning = (await admin.CaseAsync(caseId)).GetProperty("planningConference");

        Assert.False(planning.GetProperty("met").GetBoolean());
        Assert.Equal(JsonValueKind.Null, planning.GetProperty("heldAt").ValueKind);
    }

    [Fact]
    public async Task A_planning_conference_recorded_later_but_held_earlier_becomes_the_first()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync("BG-16");
        var police = await host.InstitutionAsync("BG-16");
        await host.OpenedAgoAsync(caseId, TimeSpan.FromHours(48));

        var late = await HoldAsync(admin, caseId, "planning", DateTimeOffset.UtcNow.AddHours(-2), [police], []);
        var early = await HoldAsync(admin, caseId, "planning", DateTimeOffset.UtcNow.AddHours(-40), [police], []);
        var @case = await admin.CaseAsync(caseId);

        Assert.False(late.GetProperty("onTime").GetBoolean());
        Assert.True(early.GetProperty("onTime").GetBoolean());
        var conferences = @case.GetProperty("conferences").EnumerateArray().ToList();
        Assert.Equal([early.GetProperty("id").GetGuid(), late.GetProperty("id").GetGuid()], conferences.Select(c => c.GetProperty("id").GetGuid()));
        Assert.True(conferences[0].GetProperty("onTime").GetBoolean());
        Assert.Equal(JsonValueKind.Null, conferences[1].GetProperty("onTime").ValueKind);
        Assert.True(@case.GetProperty("planningConference").GetProperty("met").GetBoolean());
    }

    [Fact]
    public async Task A_bad_conference_names_each_field()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync("BG-16");
        var police = await host.InstitutionAsync("BG-16");
        var elsewhere = await host.InstitutionAsync("BG-17");
        var url = $"/api/network/cases/{caseId}/conferences";
        var heldAt = DateTimeOffset.UtcNow.AddMinutes(-10);

        using var empty = await admin.PostAsJsonAsync(url, new { kind = "meeting", heldAt = DateTimeOffset.UtcNow.AddDays(1), institutionIds = Array.Empty<Guid>(), decisions = Array.Empty<string>() });
        using var nulls = await admin.PostAsync(url, Problem.Json(
            $$"""{"kind":"planning","heldAt":"{{heldAt:O}}","institutionIds":["{{police}}",null],"decisions":["Решение",null,""]}"""));
        using var twice = await admin.PostAsJsonAsync(url, new { kind = "planning", heldAt, institutionIds = new[] { police, police }, decisions = new[] { new string('а', 1001) } });
        using var absent = await admin.PostAsync(url, Problem.Json("""{"kind":null,"heldAt":null,"institutionIds":null,"decisions":null}"""));
        using var foreign = await admin.PostAsJsonAsync(url, new { kind = "review", heldAt, institutionIds = new[] { police, elsewhere }, decisions = Array.Empty<string>() });

        await Problem.AssertFieldsAsync(empty, "kind", "heldAt", "institutionIds");
        await Problem.AssertFieldsAsync(nulls, "institutionIds[1]", "decisions[1]", "decisions[2]");
        await Problem.AssertFieldsAsync(twice, "institutionIds", "decisions[0]");
        await Problem.AssertFieldsAsync(absent, "kind", "heldAt", "institutionIds", "decisions");
        Assert.Equal(["institutionIds[1]"], await Problem.AssertFieldsAsync(foreign, "institutionIds[1]"));
        Assert.Empty(await EventsAsync(caseId));
    }

    private static async Task<JsonElement> HoldAsync(HttpClient client, Guid caseId, string kind, DateTimeOffset heldAt,
        Guid[] institutionIds, string[] decisions)
    {
        using var response = await client.PostAsJsonAsync($"/api/network/cases/{caseId}/conferences",
            new { kind, heldAt, institutionIds, decisions });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<List<JsonElement>> EventsAsync(Guid caseId)
    {
        var json = await host.Database.ScalarAsync<object>(
            $"select coalesce(json_agg(payload)::text, '[]') from outbox_messages where type = 'CaseConferenceHeld' and payload->>'caseId' = '{caseId}'");
        return [.. JsonDocument.Parse((string)json).RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
