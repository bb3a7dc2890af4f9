extern alias MonitoringService;

using Justice.Contracts.Events;
using Justice.Monitoring.V1;
using Justice.Testing;
using MassTransit;

namespace Justice.Monitoring.Tests.ReadModel;

/// <summary>
/// Events published by the services that own them move the indicators, each once: a redelivered message, the same
/// fact under another message, and events that arrive out of order leave the counts they should.
/// </summary>
public sealed class CountingTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset March = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_practitioner_counts_once_however_often_and_in_whatever_order_their_training_is_told()
    {
        var before = await RegionAsync("BG-07");
        var practitioner = Guid.NewGuid();
        var session = Guid.NewGuid();
        var trained = new PractitionerTrained(practitioner, "judge", "BG-07", session, 1, new Dictionary<string, decimal>(), March);
        var messageId = Guid.NewGuid();

        await PublishAsync(host.Training, new PractitionerRegistered(practitioner, "judge", "BG-07", March.AddDays(-30)));
        await PublishAsync(host.Training, trained, messageId);
        await PublishAsync(host.Training, trained, messageId);                   // redelivered
        await PublishAsync(host.Training, trained);                              // the same fact, another message
        await PublishAsync(host.Training, trained with { SessionId = Guid.NewGuid(), OccurredAt = March.AddMonths(1) }); // a second certificate

        var after = await WhenAsync("BG-07", region => Value(region, "practitioners-trained") == Value(before, "practitioners-trained") + 1
            && host.Consumed.Consumed(messageId) == 2);
        Assert.Equal(Value(before, "practitioners-trained") + 1, Value(after, "practitioners-trained"));
    }

    [Fact]
    public async Task A_revocation_that_arrives_before_the_training_it_revokes_still_wins()
    {
        var before = await RegionAsync("BG-08");
        var practitioner = Guid.NewGuid();
        var session = Guid.NewGuid();

        await PublishAsync(host.Training, new CertificateRevoked(Guid.NewGuid(), session, practitioner, "BG-08", March.AddDays(5)), applied: true);
        await PublishAsync(host.Training, new PractitionerTrained(practitioner, "police", "BG-08", session, 1,
            new Dictionary<string, decimal>(), March), applied: true);
        await host.SettledAsync();

        Assert.Equal(Value(before, "practitioners-trained"), Value(await RegionAsync("BG-08"), "practitioners-trained"));
    }

    [Fact]
    public async Task A_team_dissolved_after_it_formed_does_not_count_even_when_the_dissolution_arrives_first()
    {
        var team = Guid.NewGuid();

        await PublishAsync(host.Network, new TerritorialTeamDissolved(team, "BG-10", 4, March.AddDays(2)), applied: true);
        await PublishAsync(host.Network, new TerritorialTeamFormed(team, "BG-10", 5, ["police", "social-services"], March), applied: true);
        await host.SettledAsync();
        Assert.Equal(0, Value(await RegionAsync("BG-10"), "teams-formed"));

        await PublishAsync(host.Network, new TerritorialTeamFormed(team, "BG-10", 6, ["police", "social-services"], March.AddDays(9)));
        Assert.Equal(1, Value(await WhenAsync("BG-10", region => Value(region, "teams-formed") == 1), "teams-formed"));
    }

    [Fact]
    public async Task Victims_assessments_cases_and_public_events_move_their_indicators()
    {
        var victim = Guid.NewGuid();
        var assessment = Guid.NewGuid();
        await PublishAsync(host.Assessment, Completed(victim, assessment, 1, days: 3));
        await PublishAsync(host.Assessment, Completed(victim, assessment, 2, days: 12));
        var caseId = Guid.NewGuid();
        await PublishAsync(host.Network, new CooperationCaseClosed(caseId, victim, "BG-11", "child", "resolved", true, ["plan"], March));
        await PublishAsync(host.Network, new CooperationCaseClosed(Guid.NewGuid(), Guid.NewGuid(), "BG-11", "adult", "resolved", false, [], March));
        var conference = Guid.NewGuid();
        await PublishAsync(host.Publicity, new PublicEventHeld(conference, "BG-11", "press-conference", 40, March));
        await PublishAsync(host.Publicity, new PublicEventHeld(conference, "BG-11", "press-conference", 45, March.AddDays(1)));

        var region = await WhenAsync("BG-11", r => Value(r, "event-participants") == 45 && Value(r, "victims-assessed") == 1
            && Value(r, "effective-cooperation") == 50);
        Assert.Equal(1, Value(region, "victims-assessed"));
        Assert.Equal(50, Value(region, "effective-cooperation"));
        Assert.Equal(45, Value(region, "event-participants"));
    }

    private static AssessmentCompleted Completed(Guid victim, Guid assessment, int version, int days) =>
        new(victim, assessment, version, "BG-11", "child", ["violence"], new Dictionary<string, string>(), ["22(4)"], [], [], days,
            March.AddDays(version));

    /// <param name="applied">Wait until it was consumed.</param>
    private async Task PublishAsync<T>(IBus bus, T message, Guid? messageId = null, bool applied = false) where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        await bus.Publish(message, context => context.MessageId = id);
        if (applied)
        {
            Assert.True(await host.Consumed.WaitUntilConsumedAsync(id, 1, Patience));
        }
    }

    private async Task<IndicatorSet> RegionAsync(string code) =>
        await host.Dashboard.GetRegionAsync(new GetRegionRequest { RegionCode = code }, await host.DashboardHeadersAsync());

    private async Task<IndicatorSet> WhenAsync(string code, Func<IndicatorSet, bool> done) =>
        await Eventually.Within(Patience, () => RegionAsync(code), done);

    private static double Value(IndicatorSet set, string code) => set.Indicators.Single(i => i.Code == code).Value;
}
