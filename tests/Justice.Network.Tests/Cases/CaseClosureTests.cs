extern alias NetworkService;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Contracts.Events;
using NetworkService::Justice.Network.Reference;

namespace Justice.Network.Tests.Cases;

/// <summary>
/// A case scored and closed: the stored verdict follows every change that bears on it — through the API and through
/// Assessment's events — and the closure keeps the verdict and sends it in <see cref="CooperationCaseClosed"/>.
/// </summary>
public sealed class CaseClosureTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const string Region = "BG-09";

    [Fact]
    public async Task A_case_worked_on_every_criterion_closes_effective_and_says_so_in_its_event()
    {
        var admin = await host.CreateAdminClientAsync();
        var victim = Guid.NewGuid();
        await host.DeliverAsync(CaseData.Completed(victim, Region, days: 2));
        var caseId = await host.Database.ScalarAsync<Guid>($"select id from cooperation_cases where victim_id = '{victim}'");
        var (police, court, welfare) = (await host.InstitutionAsync(Region), await host.InstitutionAsync(Region, "court"),
            await host.InstitutionAsync(Region, "child-protection"));
        var url = $"/api/network/cases/{caseId}";
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);

        await Ok(admin.PostAsJsonAsync($"{url}/conferences",
            new { kind = "planning", heldAt = now, institutionIds = new[] { police, court, welfare }, decisions = new[] { "План" } }));
        await Ok(admin.PostAsJsonAsync($"{url}/interviews",
            new { heldAt = now, interviewerId = await host.RosterMemberAsync(Region), adaptedPremises = true, audiovisualRecording = true }));
        var referral = (await Ok(admin.PostAsJsonAsync($"{url}/referrals", new
        {
            fromInstitutionId = welfare, toInstitutionId = police, purpose = "emotional-psychological", dueBy = DateTimeOffset.UtcNow.AddDays(3),
            consent = new { given = true, at = now, form = "written" },
        }))).GetProperty("id").GetGuid();
        await Ok(admin.PostAsync($"/api/network/referrals/{referral}/accept", null));
        await Ok(admin.PostAsync($"/api/network/referrals/{referral}/complete", null));
        foreach (var right in NetworkReference.Article4Rights)
        {
            await Ok(admin.PutAsJsonAsync($"{url}/information/{right.Code}", new { informedAt = now, institutionId = welfare }));
        }
        await Ok(admin.PostAsJsonAsync($"{url}/plan/reviews", new { reviewedOn = DateOnly.FromDateTime(DateTime.UtcNow) }));
        await Ok(admin.PostAsJsonAsync($"{url}/feedback-invitation", new { invitedAt = now }));
        Assert.Equal(7, await StoredMetAsync(caseId));

        var closed = await Ok(admin.PostAsJsonAsync($"{url}/close", new { outcome = "support-completed" }));
        using var again = await admin.PostAsJsonAsync($"{url}/close", new { outcome = "other" });

        Assert.True(closed.GetProperty("evaluation").GetProperty("effective").GetBoolean());
        Assert.Equal(7, closed.GetProperty("evaluation").GetProperty("metCount").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var sent = JsonDocument.Parse(await host.Database.ScalarAsync<string>(
            $"select payload::text from outbox_messages where type = 'CooperationCaseClosed' and payload->>'caseId' = '{caseId}'")).RootElement;
        Assert.True(sent.GetProperty("effective").GetBoolean());
        Assert.Equal(7, sent.GetProperty("criteriaMet").GetArrayLength());
        Assert.Equal("support-completed", sent.GetProperty("outcome").GetString());
        Assert.True(await host.Database.ScalarAsync<bool>($"select effective from cooperation_cases where id = '{caseId}'"));
    }

    [Fact]
    public async Task The_stored_verdict_follows_each_change_and_a_bare_case_closes_ineffective()
    {
        var admin = await host.CreateAdminClientAsync();
        var victim = Guid.NewGuid();
        var caseId = await admin.OpenCaseAsync(Region, victimId: victim);
        var url = $"/api/network/cases/{caseId}";
        // Opened by hand, no assessment known: only "no repeated interviews", "no measure left unapplied" and "no referral left open" hold.
        Assert.Equal(3, await StoredMetAsync(caseId));

        await Ok(admin.PostAsJsonAsync($"{url}/plan/reviews", new { reviewedOn = DateOnly.FromDateTime(DateTime.UtcNow) }));
        Assert.Equal(3, await StoredMetAsync(caseId));
        await Ok(admin.PostAsJsonAsync($"{url}/feedback-invitation", new { invitedAt = DateTimeOffset.UtcNow.AddMinutes(-1) }));
        Assert.Equal(4, await StoredMetAsync(caseId));
        await Ok(admin.PostAsJsonAsync($"{url}/interviews", new
        {
            heldAt = DateTimeOffset.UtcNow.AddMinutes(-1), interviewerId = await host.RosterMemberAsync(Region), adaptedPremises = true,
            audiovisualRecording = false,
        }));
        Assert.Equal(3, await StoredMetAsync(caseId));
        // Assessment's event: a measure accepted that nobody has applied yet.
        await host.DeliverAsync(new MeasureDecided(victim, Guid.NewGuid(), 1, Region, "child", "audiovisual-recording", true, "prosecution",
            DateTimeOffset.UtcNow));
        Assert.Equal(2, await StoredMetAsync(caseId));
        var evaluation = await (await admin.GetAsync($"{url}/evaluation")).JsonAsync();
        Assert.Equal(2, evaluation.GetProperty("metCount").GetInt32());
        Assert.False(evaluation.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "measures-applied")
            .GetProperty("met").GetBoolean());

        var closed = await Ok(admin.PostAsJsonAsync($"{url}/close", new { outcome = "proceedings-ended" }));

        Assert.False(closed.GetProperty("evaluation").GetProperty("effective").GetBoolean());
        Assert.False(await host.Database.ScalarAsync<bool>($"select effective from cooperation_cases where id = '{caseId}'"));
    }

    [Fact]
    public async Task An_unknown_outcome_is_refused_naming_it_and_the_case_stays_open()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync(Region);

        using var response = await admin.PostAsJsonAsync($"/api/network/cases/{caseId}/close", new { outcome = "solved" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("outcome", out _));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>(
            $"select count(*) from cooperation_cases where id = '{caseId}' and closed_at is not null"));
    }

    private Task<int> StoredMetAsync(Guid caseId) =>
        host.Database.ScalarAsync<int>($"select cardinality(criteria_met) from cooperation_cases where id = '{caseId}'");

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
