using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Contracts.Events;

namespace Justice.Network.Tests.Cases;

/// <summary>
/// Assessment's completion opens the victim's case in their region against the real broker: once per victim,
/// whatever is redelivered or re-assessed, with one <see cref="CooperationCaseOpened"/> in the outbox.
/// </summary>
public sealed class CaseOpeningTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task A_completed_assessment_opens_the_victims_case_in_their_region()
    {
        var victim = Guid.NewGuid();
        var completed = CaseData.Completed(victim, "BG-07", days: 7);

        await host.DeliverAsync(completed);

        var @case = await CaseOfAsync(victim);
        Assert.Equal("BG-07", @case.GetProperty("regionCode").GetString());
        Assert.Equal("child", @case.GetProperty("ageGroup").GetString());
        Assert.Equal("assessment", @case.GetProperty("source").GetString());
        Assert.Equal(completed.AssessmentId, @case.GetProperty("assessmentId").GetGuid());
        Assert.Equal(1, @case.GetProperty("assessmentVersion").GetInt32());
        Assert.True(@case.GetProperty("assessmentOnTime").GetBoolean());
        Assert.Equal(1L, await OpenedEventsAsync(victim));
        var payload = JsonDocument.Parse(await host.Database.ScalarAsync<string>(
            $"select payload::text from outbox_messages where type = 'CooperationCaseOpened' and payload->>'victimId' = '{victim}'")).RootElement;
        Assert.Equal("assessment", payload.GetProperty("source").GetString());
        Assert.Equal("BG-07", payload.GetProperty("regionCode").GetString());
        Assert.Equal(@case.GetProperty("id").GetGuid(), payload.GetProperty("caseId").GetGuid());
    }

    [Fact]
    public async Task An_assessment_completed_after_its_deadline_is_not_on_time()
    {
        var victim = Guid.NewGuid();

        await host.DeliverAsync(CaseData.Completed(victim, days: 8));

        Assert.False((await CaseOfAsync(victim)).GetProperty("assessmentOnTime").GetBoolean());
    }

    [Fact]
    public async Task The_same_message_delivered_twice_opens_one_case()
    {
        var victim = Guid.NewGuid();
        var completed = CaseData.Completed(victim);

        var messageId = await host.DeliverAsync(completed);
        await host.DeliverAsync(completed, messageId, times: 2);

        Assert.Equal(1L, await CasesOfAsync(victim));
        Assert.Equal(1L, await OpenedEventsAsync(victim));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from inbox_messages where message_id = '{messageId}'"));
    }

    [Fact]
    public async Task The_same_completion_under_several_message_ids_at_once_opens_one_case()
    {
        var victim = Guid.NewGuid();
        var completed = CaseData.Completed(victim);

        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.PublishAsync(completed)));

        foreach (var id in ids)
        {
            Assert.True(await host.Consumed.WaitUntilConsumedAsync(id, 1, CaseData.Timeout));
        }
        Assert.Equal(1L, await CasesOfAsync(victim));
        Assert.Equal(1L, await OpenedEventsAsync(victim));
    }

    [Fact]
    public async Task A_reassessment_updates_the_case_and_a_late_earlier_version_does_not_undo_it()
    {
        var victim = Guid.NewGuid();
        var assessment = Guid.NewGuid();
        await host.DeliverAsync(CaseData.Completed(victim, version: 1, ageGroup: "child", days: 2, assessmentId: assessment));
        var opened = await CaseOfAsync(victim);

        await host.DeliverAsync(CaseData.Completed(victim, version: 2, ageGroup: "adult", days: 9, assessmentId: assessment));
        var reassessed = await CaseOfAsync(victim);
        await host.DeliverAsync(CaseData.Completed(victim, version: 1, ageGroup: "child", days: 2, assessmentId: assessment));
        var afterLate = await CaseOfAsync(victim);

        Assert.Equal(1L, await CasesOfAsync(victim));
        Assert.Equal(1L, await OpenedEventsAsync(victim));
        Assert.Equal(opened.GetProperty("id").GetGuid(), reassessed.GetProperty("id").GetGuid());
        Assert.Equal(2, reassessed.GetProperty("assessmentVersion").GetInt32());
        Assert.Equal("adult", reassessed.GetProperty("ageGroup").GetString());
        Assert.False(reassessed.GetProperty("assessmentOnTime").GetBoolean());
        Assert.Equal(2, afterLate.GetProperty("assessmentVersion").GetInt32());
        Assert.Equal("adult", afterLate.GetProperty("ageGroup").GetString());
    }

    [Fact]
    public async Task A_case_opened_by_hand_takes_the_completion_without_opening_another()
    {
        var admin = await host.CreateAdminClientAsync();
        var victim = Guid.NewGuid();
        var caseId = await admin.OpenCaseAsync("BG-07", "adult", victim);
        var completed = CaseData.Completed(victim, "BG-07", ageGroup: "adult", days: 1);

        await host.DeliverAsync(completed);

        var @case = await admin.CaseAsync(caseId);
        Assert.Equal("manual", @case.GetProperty("source").GetString());
        Assert.Equal(completed.AssessmentId, @case.GetProperty("assessmentId").GetGuid());
        Assert.True(@case.GetProperty("assessmentOnTime").GetBoolean());
        Assert.Equal(1L, await CasesOfAsync(victim));
        Assert.Equal(1L, await OpenedEventsAsync(victim));
    }

    [Fact]
    public async Task A_closed_case_is_not_changed_by_a_later_completion()
    {
        var victim = Guid.NewGuid();
        await host.DeliverAsync(CaseData.Completed(victim, version: 1, ageGroup: "child"));
        var caseId = (await CaseOfAsync(victim)).GetProperty("id").GetGuid();
        await host.CloseAsync(caseId);

        await host.DeliverAsync(CaseData.Completed(victim, version: 2, ageGroup: "adult"));

        var @case = await CaseOfAsync(victim);
        Assert.Equal(1, @case.GetProperty("assessmentVersion").GetInt32());
        Assert.Equal("child", @case.GetProperty("ageGroup").GetString());
        Assert.Equal(1L, await CasesOfAsync(victim));
    }

    private async Task<JsonElement> CaseOfAsync(Guid victim)
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await host.Database.ScalarAsync<Guid>($"select id from cooperation_cases where victim_id = '{victim}'");
        using var response = await admin.GetAsync($"/api/network/cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private Task<long> CasesOfAsync(Guid victim) =>
        host.Database.ScalarAsync<long>($"select count(*) from cooperation_cases where victim_id = '{victim}'");

    private Task<long> OpenedEventsAsync(Guid victim) =>
        host.Database.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'CooperationCaseOpened' and payload->>'victimId' = '{victim}'");
}
