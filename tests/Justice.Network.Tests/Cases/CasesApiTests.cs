using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Cases;

/// <summary>Cases opened by hand, listed, read, given a lead institution and a feedback invitation.</summary>
public sealed class CasesApiTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task A_case_opened_by_hand_is_read_back_with_its_planning_conference_due_in_24_hours_for_a_child()
    {
        var admin = await host.CreateAdminClientAsync();
        var victim = Guid.NewGuid();
        var lead = await host.InstitutionAsync("BG-07", "child-protection");

        using var response = await admin.PostAsJsonAsync("/api/network/cases",
            new { victimId = victim, regionCode = "bg-07", ageGroup = "child", leadInstitutionId = lead });
        var created = await response.JsonAsync();
        var read = await admin.CaseAsync(created.GetProperty("id").GetGuid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/network/cases/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        Assert.Equal(victim, read.GetProperty("victimId").GetGuid());
        Assert.Equal("BG-07", read.GetProperty("regionCode").GetString());
        Assert.Equal("manual", read.GetProperty("source").GetString());
        Assert.Equal(lead, read.GetProperty("leadInstitutionId").GetGuid());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("assessmentOnTime").ValueKind);
        var planning = read.GetProperty("planningConference");
        Assert.Equal(read.GetProperty("openedAt").GetDateTimeOffset().AddHours(24), planning.GetProperty("dueBy").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, planning.GetProperty("met").ValueKind);
        Assert.Equal(0, read.GetProperty("interviews").GetProperty("count").GetInt32());
        Assert.Equal(16, read.GetProperty("information").GetArrayLength());
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'CooperationCaseOpened' and payload->>'victimId' = '{victim}' and payload->>'source' = 'manual'"));
    }

    [Fact]
    public async Task An_adults_planning_conference_is_due_in_5_days_and_Vidins_in_2_hours()
    {
        var admin = await host.CreateAdminClientAsync();

        var adult = await admin.CaseAsync(await admin.OpenCaseAsync("BG-07", "adult"));
        var vidin = await admin.CaseAsync(await admin.OpenCaseAsync("BG-05", "child"));

        Assert.Equal(TimeSpan.FromDays(5), DueAfterOpening(adult));
        Assert.Equal(TimeSpan.FromHours(2), DueAfterOpening(vidin));
    }

    [Fact]
    public async Task A_victim_has_one_case_even_when_two_callers_open_it_at_once()
    {
        var admin = await host.CreateAdminClientAsync();
        var victim = Guid.NewGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            admin.PostAsJsonAsync("/api/network/cases", new { victimId = victim, regionCode = "BG-07", ageGroup = "child" })));
        using var again = await admin.PostAsJsonAsync("/api/network/cases", new { victimId = victim, regionCode = "BG-09", ageGroup = "adult" });

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from cooperation_cases where victim_id = '{victim}'"));
    }

    [Fact]
    public async Task Opening_names_each_bad_field()
    {
        var admin = await host.CreateAdminClientAsync();
        var elsewhere = await host.InstitutionAsync("BG-09");

        using var empty = await admin.PostAsync("/api/network/cases", Problem.Json("""{"victimId":null,"regionCode":null,"ageGroup":null}"""));
        using var wrong = await admin.PostAsJsonAsync("/api/network/cases",
            new { victimId = Guid.Empty, regionCode = "BG-99", ageGroup = "uncertain" });
        using var missing = await admin.PostAsync("/api/network/cases", Problem.Json("{}"));
        using var foreignLead = await admin.PostAsJsonAsync("/api/network/cases",
            new { victimId = Guid.NewGuid(), regionCode = "BG-07", ageGroup = "child", leadInstitutionId = elsewhere });

        await Problem.AssertFieldsAsync(empty, "victimId", "regionCode", "ageGroup");
        await Problem.AssertFieldsAsync(wrong, "victimId", "regionCode", "ageGroup");
        await Problem.AssertFieldsAsync(missing, "victimId", "regionCode", "ageGroup");
        Assert.Equal(["leadInstitutionId"], await Problem.AssertFieldsAsync(foreignLead, "leadInstitutionId"));
    }

    [Fact]
    public async Task The_list_is_filtered_by_region_and_status_and_paged()
    {
        var admin = await host.CreateAdminClientAsync();
        var open = await admin.OpenCaseAsync("BG-10");
        var closed = await admin.OpenCaseAsync("BG-10");
        var newest = await admin.OpenCaseAsync("BG-10");
        await admin.OpenCaseAsync("BG-11");
        await host.CloseAsync(closed);

        var all = await ListAsync(admin, "?region=BG-10");
        var onlyOpen = await ListAsync(admin, "?region=bg-10&status=open");
        var onlyClosed = await ListAsync(admin, "?region=BG-10&status=closed");
        var page = await ListAsync(admin, "?region=BG-10&page=1&pageSize=1");
        var coordinator = host.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-10"));
        var own = await ListAsync(coordinator, "");

        Assert.Equal([newest, closed, open], Ids(all));
        Assert.Equal([newest, open], Ids(onlyOpen));
        Assert.Equal([closed], Ids(onlyClosed));
        Assert.Equal([newest], Ids(page));
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal([newest, closed, open], Ids(own));
        Assert.True((await ListAsync(admin, "")).GetProperty("total").GetInt32() >= 4);
    }

    [Theory]
    [InlineData("?status=pending", "status")]
    [InlineData("?region=Vidin", "region")]
    [InlineData("?pageSize=500", "pageSize")]
    public async Task A_bad_filter_is_named(string query, string field)
    {
        using var response = await (await host.CreateAdminClientAsync()).GetAsync($"/api/network/cases{query}");

        await Problem.AssertFieldsAsync(response, field);
    }

    [Fact]
    public async Task The_lead_is_an_institution_of_the_cases_region()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync("BG-12");
        var own = await host.InstitutionAsync("BG-12", "prosecutor-office");
        var elsewhere = await host.InstitutionAsync("BG-13");

        using var set = await admin.PutAsJsonAsync($"/api/network/cases/{caseId}/lead", new { institutionId = own });
        using var foreign = await admin.PutAsJsonAsync($"/api/network/cases/{caseId}/lead", new { institutionId = elsewhere });
        using var unknown = await admin.PutAsJsonAsync($"/api/network/cases/{caseId}/lead", new { institutionId = Guid.NewGuid() });
        using var none = await admin.PutAsync($"/api/network/cases/{caseId}/lead", Problem.Json("""{"institutionId":null}"""));

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        await Problem.AssertFieldsAsync(foreign, "institutionId");
        await Problem.AssertFieldsAsync(unknown, "institutionId");
        await Problem.AssertFieldsAsync(none, "institutionId");
        Assert.Equal(own, (await admin.CaseAsync(caseId)).GetProperty("leadInstitutionId").GetGuid());
    }

    [Fact]
    public async Task The_feedback_invitation_is_recorded_and_may_not_lie_in_the_future()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync("BG-12");
        var invitedAt = DateTimeOffset.UtcNow.AddHours(-3);

        using var invited = await admin.PostAsJsonAsync($"/api/network/cases/{caseId}/feedback-invitation", new { invitedAt });
        using var future = await admin.PostAsJsonAsync($"/api/network/cases/{caseId}/feedback-invitation",
            new { invitedAt = DateTimeOffset.UtcNow.AddHours(1) });
        using var missing = await admin.PostAsync($"/api/network/cases/{caseId}/feedback-invitation", Problem.Json("{}"));

        Assert.Equal(HttpStatusCode.NoContent, invited.StatusCode);
        await Problem.AssertFieldsAsync(future, "invitedAt");
        await Problem.AssertFieldsAsync(missing, "invitedAt");
        var read = (await admin.CaseAsync(caseId)).GetProperty("feedbackInvitedAt").GetDateTimeOffset();
        Assert.Equal(invitedAt.ToUnixTimeMilliseconds(), read.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task An_unknown_case_is_not_found()
    {
        using var response = await (await host.CreateAdminClientAsync()).GetAsync($"/api/network/cases/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static TimeSpan DueAfterOpening(JsonElement @case) =>
        @case.GetProperty("planningConference").GetProperty("dueBy").GetDateTimeOffset() - @case.GetProperty("openedAt").GetDateTimeOffset();

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/network/cases{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<Guid> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}
