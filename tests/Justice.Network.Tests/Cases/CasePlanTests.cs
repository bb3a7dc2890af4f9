using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Cases;

/// <summary>A case's plan: actions for institutions of the region, marked done once, and the plan's reviews.</summary>
public sealed class CasePlanTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const string Region = "BG-14";

    [Fact]
    public async Task Actions_are_added_marked_done_once_and_reviewed()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync(Region);
        var police = await host.InstitutionAsync(Region);
        var social = await host.InstitutionAsync(Region, "social-service");

        var later = await AddActionAsync(admin, caseId, "Психологическа подкрепа", social, "2027-01-20");
        var sooner = await AddActionAsync(admin, caseId, "Оценка на риска у дома", police, "2027-01-10");
        using var done = await admin.PostAsync($"/api/network/cases/{caseId}/plan/actions/{sooner}/done", null);
        using var doneAgain = await admin.PostAsync($"/api/network/cases/{caseId}/plan/actions/{sooner}/done", null);
        using var review = await admin.PostAsJsonAsync($"/api/network/cases/{caseId}/plan/reviews",
            new { reviewedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), summary = "Планът се изпълнява." });
        using var plainReview = await admin.PostAsJsonAsync($"/api/network/cases/{caseId}/plan/reviews", new { reviewedOn = "2026-01-05" });
        var plan = await admin.GetFromJsonAsync<JsonElement>($"/api/network/cases/{caseId}/plan");

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.True((await done.JsonAsync()).GetProperty("done").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, doneAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Created, review.StatusCode);
        Assert.Equal(HttpStatusCode.Created, plainReview.StatusCode);
        var actions = plan.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal([sooner, later], actions.Select(a => a.GetProperty("id").GetGuid()));
        Assert.Equal([true, false], actions.Select(a => a.GetProperty("done").GetBoolean()));
        Assert.Equal(police, actions[0].GetProperty("responsibleInstitutionId").GetGuid());
        Assert.Equal("2027-01-10", actions[0].GetProperty("dueOn").GetString());
        var reviews = plan.GetProperty("reviews").EnumerateArray().ToList();
        Assert.Equal(["2026-01-05", DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            reviews.Select(r => r.GetProperty("reviewedOn").GetString()));
        Assert.Equal(JsonValueKind.Null, reviews[0].GetProperty("summary").ValueKind);
        Assert.Equal(2, (await admin.CaseAsync(caseId)).GetProperty("plan").GetProperty("actions").GetArrayLength());
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'case-plan-done' and subject = 'case/{caseId}' and outcome = 'done'"));
    }

    [Fact]
    public async Task Another_cases_action_is_not_found_through_this_case()
    {
        var admin = await host.CreateAdminClientAsync();
        var police = await host.InstitutionAsync(Region);
        var first = await admin.OpenCaseAsync(Region);
        var second = await admin.OpenCaseAsync(Region);
        var action = await AddActionAsync(admin, first, "Разпит", police, "2027-02-01");

        using var response = await admin.PostAsync($"/api/network/cases/{second}/plan/actions/{action}/done", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_action_names_its_fields()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync(Region);
        var elsewhere = await host.InstitutionAsync("BG-15");
        var url = $"/api/network/cases/{caseId}/plan/actions";

        using var blank = await admin.PostAsync(url, Problem.Json("""{"description":"  ","responsibleInstitutionId":null,"dueOn":null}"""));
        using var tooLong = await admin.PostAsJsonAsync(url,
            new { description = new string('а', 1001), responsibleInstitutionId = Guid.NewGuid(), dueOn = "2027-01-01" });
        using var hidden = await admin.PostAsJsonAsync(url,
            new { description = "Среща\u202Eскрито", responsibleInstitutionId = Guid.NewGuid(), dueOn = "2027-01-01" });
        using var foreign = await admin.PostAsJsonAsync(url, new { description = "Среща", responsibleInstitutionId = elsewhere, dueOn = "2027-01-01" });
        using var badDate = await admin.PostAsync(url, Problem.Json("""{"description":"Среща","responsibleInstitutionId":null,"dueOn":"01.01.2027"}"""));

        await Problem.AssertFieldsAsync(blank, "description", "responsibleInstitutionId", "dueOn");
        await Problem.AssertFieldsAsync(tooLong, "description");
        await Problem.AssertFieldsAsync(hidden, "description");
        Assert.Equal(["responsibleInstitutionId"], await Problem.AssertFieldsAsync(foreign, "responsibleInstitutionId"));
        await Problem.AssertFieldsAsync(badDate, "dueOn");
        Assert.Equal(0, (await admin.CaseAsync(caseId)).GetProperty("plan").GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task A_review_may_not_lie_in_the_future_and_its_summary_is_bounded()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync(Region);
        var url = $"/api/network/cases/{caseId}/plan/reviews";

        using var future = await admin.PostAsJsonAsync(url, new { reviewedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        using var tooLong = await admin.PostAsJsonAsync(url, new { reviewedOn = "2026-11-01", summary = new string('а', 2001) });
        using var missing = await admin.PostAsync(url, Problem.Json("""{"summary":"Без дата"}"""));

        await Problem.AssertFieldsAsync(future, "reviewedOn");
        await Problem.AssertFieldsAsync(tooLong, "summary");
        await Problem.AssertFieldsAsync(missing, "reviewedOn");
    }

    private static async Task<Guid> AddActionAsync(HttpClient client, Guid caseId, string description, Guid institution, string dueOn)
    {
        using var response = await client.PostAsJsonAsync($"/api/network/cases/{caseId}/plan/actions",
            new { description, responsibleInstitutionId = institution, dueOn });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
