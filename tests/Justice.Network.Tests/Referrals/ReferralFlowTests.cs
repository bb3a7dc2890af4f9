using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Referrals;

/// <summary>A referral's life through the API, the events it leaves in the outbox, and the closed case that stops it.</summary>
[Collection(ReferralsCollection.Name)]
public sealed class ReferralFlowTests(NetworkHost host)
{
    private const string Region = "BG-12";
    private readonly ReferralScene _scene = new(host.Services);

    private static DateTimeOffset InAWeek => DateTimeOffset.UtcNow.AddDays(7);

    [Fact]
    public async Task An_issued_referral_is_sent_with_its_consent_and_leaves_ReferralIssued_without_its_note()
    {
        var admin = await host.CreateAdminClientAsync();
        var @case = await _scene.CaseAsync(Region);
        var dueBy = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(10).UtcDateTime.Date, TimeSpan.Zero);

        using var response = await admin.PostAsJsonAsync($"/api/network/cases/{@case.CaseId}/referrals", ReferralScene.Body(@case, dueBy));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = view.GetProperty("id").GetGuid();
        Assert.Equal($"/api/network/referrals/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("sent", view.GetProperty("state").GetString());
        Assert.Equal(@case.CaseId, view.GetProperty("caseId").GetGuid());
        Assert.Equal(Region, view.GetProperty("regionCode").GetString());
        Assert.Equal("Емоционална и психологическа подкрепа", view.GetProperty("purposeName").GetString());
        Assert.Equal(dueBy, view.GetProperty("dueBy").GetDateTimeOffset());
        Assert.False(view.GetProperty("overdue").GetBoolean());
        var consent = view.GetProperty("consent");
        Assert.True(consent.GetProperty("given").GetBoolean());
        Assert.Equal("written", consent.GetProperty("form").GetString());
        Assert.Equal(dueBy.AddDays(-30), consent.GetProperty("at").GetDateTimeOffset());

        var issued = await EventAsync("ReferralIssued", id);
        Assert.Equal(@case.CaseId, issued.GetProperty("caseId").GetGuid());
        Assert.Equal(Region, issued.GetProperty("regionCode").GetString());
        Assert.Equal(@case.From, issued.GetProperty("fromInstitutionId").GetGuid());
        Assert.Equal(@case.To, issued.GetProperty("toInstitutionId").GetGuid());
        Assert.Equal("emotional-psychological", issued.GetProperty("purpose").GetString());
        Assert.Equal(dueBy, issued.GetProperty("dueBy").GetDateTimeOffset());
        Assert.DoesNotContain("психолог", issued.GetRawText(), StringComparison.Ordinal);
        Assert.False(issued.TryGetProperty("note", out _));

        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/network/referrals/{id}");
        Assert.Equal("Детето се нуждае от консултация с психолог.", read.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Accepted_then_completed_in_time_leaves_ReferralCompleted_within_the_deadline()
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await ReferralScene.IssueAsync(admin, await _scene.CaseAsync(Region), InAWeek);

        await ReferralScene.DoAsync(admin, id, "accept");
        using var completed = await admin.PostAsync($"/api/network/referrals/{id}/complete", null);

        var view = await completed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("completed", view.GetProperty("state").GetString());
        Assert.True(view.GetProperty("completedWithinDeadline").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("acceptedAt").ValueKind);
        var evt = await EventAsync("ReferralCompleted", id);
        Assert.True(evt.GetProperty("withinDeadline").GetBoolean());
        Assert.Equal(Region, evt.GetProperty("regionCode").GetString());
    }

    [Fact]
    public async Task Completed_after_the_deadline_is_reported_as_late()
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await ReferralScene.IssueAsync(admin, await _scene.CaseAsync(Region), InAWeek);
        await ReferralScene.DoAsync(admin, id, "accept");
        await host.Database.ExecuteAsync($"update referrals set due_by = now() - interval '1 hour' where id = '{id}'");

        using var completed = await admin.PostAsync($"/api/network/referrals/{id}/complete", null);

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.False((await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("completedWithinDeadline").GetBoolean());
        Assert.False((await EventAsync("ReferralCompleted", id)).GetProperty("withinDeadline").GetBoolean());
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_keeps_it()
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await ReferralScene.IssueAsync(admin, await _scene.CaseAsync(Region), InAWeek);

        using var bare = await admin.PostAsJsonAsync($"/api/network/referrals/{id}/reject", new { });
        using var blank = await admin.PostAsJsonAsync($"/api/network/referrals/{id}/reject", new { reason = "   " });
        using var tooLong = await admin.PostAsJsonAsync($"/api/network/referrals/{id}/reject", new { reason = new string('а', 1001) });
        using var rejected = await admin.PostAsJsonAsync($"/api/network/referrals/{id}/reject", new { reason = "Нямаме свободен психолог." });

        await Problem.AssertFieldsAsync(bare, "reason");
        await Problem.AssertFieldsAsync(blank, "reason");
        await Problem.AssertFieldsAsync(tooLong, "reason");
        var view = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rejected", view.GetProperty("state").GetString());
        Assert.Equal("Нямаме свободен психолог.", view.GetProperty("rejectionReason").GetString());
        Assert.Equal(0L, await host.Database.ScalarAsync<long>(
            $"select count(*) from outbox_messages where payload->>'referralId' = '{id}' and type <> 'ReferralIssued'"));
    }

    [Fact]
    public async Task A_referral_is_revoked_without_a_body_or_with_a_reason()
    {
        var admin = await host.CreateAdminClientAsync();
        var @case = await _scene.CaseAsync(Region);
        var sent = await ReferralScene.IssueAsync(admin, @case, InAWeek);
        var accepted = await ReferralScene.IssueAsync(admin, @case, InAWeek);
        await ReferralScene.DoAsync(admin, accepted, "accept");

        using var withoutBody = await admin.PostAsync($"/api/network/referrals/{sent}/revoke", null);
        using var withReason = await admin.PostAsJsonAsync($"/api/network/referrals/{accepted}/revoke", new { reason = "Пострадалият оттегли съгласието си." });

        var first = await withoutBody.Content.ReadFromJsonAsync<JsonElement>();
        var second = await withReason.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("revoked", JsonValueKind.Null), (first.GetProperty("state").GetString(), first.GetProperty("revocationReason").ValueKind));
        Assert.Equal("revoked", second.GetProperty("state").GetString());
        Assert.Equal("Пострадалият оттегли съгласието си.", second.GetProperty("revocationReason").GetString());
    }

    public static TheoryData<string, string> IllegalTransitions() => new()
    {
        { "sent", "complete" },
        { "accepted", "accept" }, { "accepted", "reject" },
        { "rejected", "accept" }, { "rejected", "reject" }, { "rejected", "complete" }, { "rejected", "revoke" },
        { "completed", "accept" }, { "completed", "reject" }, { "completed", "complete" }, { "completed", "revoke" },
        { "revoked", "accept" }, { "revoked", "reject" }, { "revoked", "complete" }, { "revoked", "revoke" },
    };

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public async Task An_illegal_transition_is_a_409_naming_the_current_state(string state, string action)
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await ReferralScene.IssueAsync(admin, await _scene.CaseAsync(Region), InAWeek);
        string[] path = state switch
        {
            "sent" => [],
            "accepted" => ["accept"],
            "rejected" => ["reject"],
            "completed" => ["accept", "complete"],
            _ => ["revoke"],
        };
        foreach (var step in path)
        {
            await ReferralScene.DoAsync(admin, id, step, step == "reject" ? new { reason = "Причина." } : null);
        }

        using var response = await admin.PostAsJsonAsync($"/api/network/referrals/{id}/{action}", new { reason = "Причина." });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, body);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(state, problem.GetProperty("state").GetString());
        Assert.Contains($"is {state}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(state, (await admin.GetFromJsonAsync<JsonElement>($"/api/network/referrals/{id}")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Nothing_changes_on_a_closed_case()
    {
        var admin = await host.CreateAdminClientAsync();
        var closed = await _scene.CaseAsync(Region, closed: true);
        var open = await _scene.CaseAsync(Region);
        var sent = await ReferralScene.IssueAsync(admin, open, InAWeek);
        var accepted = await ReferralScene.IssueAsync(admin, open, InAWeek);
        await ReferralScene.DoAsync(admin, accepted, "accept");
        await host.Database.ExecuteAsync($"update cooperation_cases set closed_at = now(), outcome = 'support-provided' where id = '{open.CaseId}'");

        using var issue = await admin.PostAsJsonAsync($"/api/network/cases/{closed.CaseId}/referrals", ReferralScene.Body(closed, InAWeek));
        using var accept = await admin.PostAsync($"/api/network/referrals/{sent}/accept", null);
        using var reject = await admin.PostAsJsonAsync($"/api/network/referrals/{sent}/reject", new { reason = "Причина." });
        using var revoke = await admin.PostAsync($"/api/network/referrals/{sent}/revoke", null);
        using var complete = await admin.PostAsync($"/api/network/referrals/{accepted}/complete", null);
        using var read = await admin.GetAsync($"/api/network/referrals/{sent}");

        Assert.All([issue, accept, reject, revoke, complete], r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Contains("closed", (await accept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from referrals where case_id = '{closed.CaseId}'"));
        Assert.Equal("Sent", await host.Database.ScalarAsync<string>($"select state from referrals where id = '{sent}'"));
        Assert.Equal("Accepted", await host.Database.ScalarAsync<string>($"select state from referrals where id = '{accepted}'"));
    }

    [Fact]
    public async Task A_cases_referrals_are_listed_newest_first_a_page_at_a_time()
    {
        var admin = await host.CreateAdminClientAsync();
        var @case = await _scene.CaseAsync(Region);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await ReferralScene.IssueAsync(admin, @case, InAWeek));
        }
        await ReferralScene.IssueAsync(admin, await _scene.CaseAsync(Region), InAWeek);

        var first = await admin.GetFromJsonAsync<JsonElement>($"/api/network/cases/{@case.CaseId}/referrals?pageSize=2");
        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/network/cases/{@case.CaseId}/referrals?page=2&pageSize=2");
        using var bad = await admin.GetAsync($"/api/network/cases/{@case.CaseId}/referrals?pageSize=1000");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        var listed = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(Enumerable.Reverse(ids), listed);
        await Problem.AssertFieldsAsync(bad, "pageSize");
    }

    [Fact]
    public async Task A_regions_overdue_list_holds_its_open_referrals_past_their_deadline_only()
    {
        var admin = await host.CreateAdminClientAsync();
        var @case = await _scene.CaseAsync("BG-13");
        var late = await ReferralScene.IssueAsync(admin, @case, InAWeek);
        var lateAccepted = await ReferralScene.IssueAsync(admin, @case, InAWeek);
        await ReferralScene.DoAsync(admin, lateAccepted, "accept");
        var lateButRevoked = await ReferralScene.IssueAsync(admin, @case, InAWeek);
        await ReferralScene.DoAsync(admin, lateButRevoked, "revoke");
        await ReferralScene.IssueAsync(admin, @case, InAWeek);
        await host.Database.ExecuteAsync($"update referrals set due_by = now() - interval '2 days' where id = '{late}'");
        await host.Database.ExecuteAsync($"update referrals set due_by = now() - interval '1 day' where id in ('{lateAccepted}', '{lateButRevoked}')");

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/network/regions/bg-13/referrals/overdue");
        using var unknown = await admin.GetAsync("/api/network/regions/BG-99/referrals/overdue");

        Assert.Equal([late, lateAccepted], list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        Assert.All(list.GetProperty("items").EnumerateArray(), r => Assert.True(r.GetProperty("overdue").GetBoolean()));
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Unknown_cases_and_referrals_are_not_found()
    {
        var admin = await host.CreateAdminClientAsync();
        var @case = await _scene.CaseAsync(Region);

        using var issue = await admin.PostAsJsonAsync($"/api/network/cases/{Guid.NewGuid()}/referrals", ReferralScene.Body(@case, InAWeek));
        using var list = await admin.GetAsync($"/api/network/cases/{Guid.NewGuid()}/referrals");
        using var read = await admin.GetAsync($"/api/network/referrals/{Guid.NewGuid()}");
        using var accept = await admin.PostAsync($"/api/network/referrals/{Guid.NewGuid()}/accept", null);

        Assert.All([issue, list, read, accept], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    [Theory]
    [InlineData("en", "Emotional and psychological support")]
    [InlineData("fr", "Soutien émotionnel et psychologique")]
    public async Task The_purpose_is_named_in_the_readers_language(string language, string name)
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await ReferralScene.IssueAsync(admin, await _scene.CaseAsync(Region), InAWeek);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/network/referrals/{id}");
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await admin.SendAsync(request);

        Assert.Equal(name, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("purposeName").GetString());
    }

    /// <summary>The payload of the one event of <paramref name="type"/> about <paramref name="referral"/> in the outbox.</summary>
    private async Task<JsonElement> EventAsync(string type, Guid referral)
    {
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = '{type}' and payload->>'referralId' = '{referral}'"));
        var payload = await host.Database.ScalarAsync<string>(
            $"select payload::text from outbox_messages where type = '{type}' and payload->>'referralId' = '{referral}'");
        return JsonDocument.Parse(payload).RootElement.Clone();
    }
}
