using Xunit.Abstractions;

namespace Justice.Training.Tests.Faults;

/// <summary>
/// RabbitMQ's Erlang VM killed (SIGKILL) under a steady load of registrations, and nobody starting it again: its script
/// (<c>eng/rabbitmq.sh</c>) does, and the broker answers again within 15 s of the crash. Training goes on answering 201
/// meanwhile (within 10 s), every acknowledged registration reaches Network's roster exactly once, and the event lag is under 1 s
/// again within 10 s of the broker's return.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class BrokerCrashFaultTests(BrokerRestartHost host, ITestOutputHelper output) : IClassFixture<BrokerRestartHost>
{
    private static readonly TimeSpan BackWithin = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LagRecoversWithin = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_crashed_RabbitMQ_is_back_within_15_seconds_without_a_person_and_nothing_is_lost()
    {
        await using var run = new FaultRun(host, output, "rabbitmq-crash");
        await run.StartAsync();

        await run.CrashAsync(host.Broker.CrashAsync, host.Broker.AcceptsConnectionsAsync);
        var lagRecoveredAfter = await run.LagRecoveryAsync(LagRecoversWithin);
        var figures = await run.FinishAsync();

        Assert.True(figures.Outage <= BackWithin, $"RabbitMQ answered again {figures.Outage.TotalSeconds:0.0} s after its crash.");
        Assert.True(lagRecoveredAfter is not null, $"The event lag was not under 1 s within {LagRecoversWithin.TotalSeconds} s of the broker's return.");
        Assert.True(figures.SentInOutage > 0);
        Assert.Equal(figures.Sent, figures.Acknowledged);
        Assert.True(figures.MaxAnswerDuringOutage < AnswerWithin, $"A caller waited {figures.MaxAnswerDuringOutage} during the outage.");
        figures.AssertNothingLostOrTwice();
    }
}
