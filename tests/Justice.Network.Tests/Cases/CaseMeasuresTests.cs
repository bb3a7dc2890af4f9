using System.Text.Json;
using Justice.Contracts.Events;

namespace Justice.Network.Tests.Cases;

/// <summary>
/// Assessment's decisions on special measures and their application, kept by victim (they may come before the case),
/// the latest report of each winning, and shown in the case.
/// </summary>
public sealed class CaseMeasuresTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private static readonly DateTimeOffset Earlier = DateTimeOffset.UtcNow.AddHours(-2);
    private static readonly DateTimeOffset Later = DateTimeOffset.UtcNow.AddHours(-1);

    [Fact]
    public async Task Measures_decided_and_applied_before_the_case_opens_show_in_the_case()
    {
        var victim = Guid.NewGuid();
        await host.DeliverAsync(Decided(victim, "audiovisual-recording", accepted: true, Earlier));
        await host.DeliverAsync(Applied(victim, "audiovisual-recording", applied: true, new DateOnly(2026, 11, 20), Later));
        await host.DeliverAsync(Decided(victim, "same-sex-interviewer", accepted: false, Earlier));

        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync("BG-08", victimId: victim);
        var measures = Measures(await admin.CaseAsync(caseId));

        Assert.Equal(["audiovisual-recording", "same-sex-interviewer"], measures.Keys);
        var recording = measures["audiovisual-recording"];
        Assert.True(recording.GetProperty("accepted").GetBoolean());
        Assert.True(recording.GetProperty("applied").GetBoolean());
        Assert.Equal("2026-11-20", recording.GetProperty("appliedOn").GetString());
        var interviewer = measures["same-sex-interviewer"];
        Assert.False(interviewer.GetProperty("accepted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, interviewer.GetProperty("applied").ValueKind);
    }

    [Fact]
    public async Task The_latest_report_wins_whatever_the_order_of_arrival()
    {
        var victim = Guid.NewGuid();
        await host.DeliverAsync(Decided(victim, "audiovisual-recording", accepted: true, Later));
        await host.DeliverAsync(Decided(victim, "audiovisual-recording", accepted: false, Earlier));
        await host.DeliverAsync(Applied(victim, "audiovisual-recording", applied: false, null, Later));
        await host.DeliverAsync(Applied(victim, "audiovisual-recording", applied: true, new DateOnly(2026, 11, 1), Earlier));

        var admin = await host.CreateAdminClientAsync();
        var measure = Measures(await admin.CaseAsync(await admin.OpenCaseAsync("BG-08", victimId: victim)))["audiovisual-recording"];

        Assert.True(measure.GetProperty("accepted").GetBoolean());
        Assert.False(measure.GetProperty("applied").GetBoolean());
        Assert.Equal(JsonValueKind.Null, measure.GetProperty("appliedOn").ValueKind);
    }

    [Fact]
    public async Task A_redelivered_decision_is_applied_once_and_another_victims_measures_stay_apart()
    {
        var victim = Guid.NewGuid();
        var other = Guid.NewGuid();
        var decided = Decided(victim, "audiovisual-recording", accepted: true, Earlier);
        var messageId = await host.DeliverAsync(decided);
        await host.DeliverAsync(decided, messageId, times: 2);
        await host.DeliverAsync(Decided(other, "separate-waiting-room", accepted: true, Earlier));

        var admin = await host.CreateAdminClientAsync();
        var measures = Measures(await admin.CaseAsync(await admin.OpenCaseAsync("BG-08", victimId: victim)));

        Assert.Equal(["audiovisual-recording"], measures.Keys);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from victim_measures where victim_id = '{victim}'"));
    }

    private static Dictionary<string, JsonElement> Measures(JsonElement @case) =>
        @case.GetProperty("measures").EnumerateArray().ToDictionary(m => m.GetProperty("measure").GetString()!);

    private static MeasureDecided Decided(Guid victim, string measure, bool accepted, DateTimeOffset at) =>
        new(victim, Guid.NewGuid(), 1, "BG-08", "child", measure, accepted, "court", at);

    private static MeasureApplied Applied(Guid victim, string measure, bool applied, DateOnly? on, DateTimeOffset at) =>
        new(victim, Guid.NewGuid(), 1, "BG-08", "child", measure, applied, on, at);
}
