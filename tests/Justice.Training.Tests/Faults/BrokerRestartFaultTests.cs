using Justice.Testing;
using Xunit.Abstractions;

namespace Justice.Training.Tests.Faults;

/// <summary>Training and Network on a RabbitMQ node of their own, with the outbox's production settings.</summary>
public sealed class BrokerRestartHost : TrainingHost
{
    public ScriptedRabbitMq Broker { get; } = new();

    protected override async Task<Func<string, Uri>> CreateEventBusAsync()
    {
        await Broker.StartAsync();
        return Broker.AmqpUriFor;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Broker.DisposeAsync();
    }
}

/// <summary>
/// RabbitMQ stopped for 10 s under a steady load of registrations and started again: Training goes on answering 201
/// (its outbox keeps the events), once the broker is back every acknowledged registration reaches Network's roster
/// exactly once, and the event lag is under 1 s again within 10 s of the broker's return.
/// </summary>
/// <remarks>
/// What the lag waits for after the return: Network's consumer endpoint, started again by the reconnector within a
/// second or two (MassTransit's own retry could take 30 s), and Training's outbox rows, retried within their 5 s backoff.
/// </remarks>
[Collection(FaultsCollection.Name)]
public sealed class BrokerRestartFaultTests(BrokerRestartHost host, ITestOutputHelper output) : IClassFixture<BrokerRestartHost>
{
    private static readonly TimeSpan LagRecoversWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Every_acknowledged_registration_reaches_the_roster_once_and_the_lag_recovers_within_10_s_after_RabbitMQ_restarts()
    {
        await using var run = new FaultRun(host, output, "rabbitmq-restart");
        await run.StartAsync();

        await run.FaultAsync(host.Broker.StopAsync, TimeSpan.FromSeconds(10), host.Broker.StartAsync);
        var lagRecoveredAfter = await run.LagRecoveryAsync(LagRecoversWithin);
        var figures = await run.FinishAsync();

        Assert.True(lagRecoveredAfter is not null, $"The event lag was not under 1 s within {LagRecoversWithin.TotalSeconds} s of the broker's return.");
        Assert.True(figures.SentInOutage > 0);
        Assert.Equal(figures.Sent, figures.Acknowledged);
        figures.AssertNothingLostOrTwice();
    }
}
