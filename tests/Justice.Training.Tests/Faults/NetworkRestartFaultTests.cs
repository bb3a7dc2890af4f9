using Xunit.Abstractions;

namespace Justice.Training.Tests.Faults;

/// <summary>
/// Network stopped under a steady load of registrations and started again: Training goes on registering (it checks
/// regions against the catalogue it holds in memory), the events wait in Network's queue, and each arrives once.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class NetworkRestartFaultTests(TrainingHost host, ITestOutputHelper output) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task Training_keeps_registering_while_Network_is_stopped_and_each_event_arrives_once_after()
    {
        await using var run = new FaultRun(host, output, "network-restart");
        await run.StartAsync();

        await run.FaultAsync(
            async () => await host.StopNetworkAsync(),
            TimeSpan.FromSeconds(5),
            () => Task.Run(host.StartNetwork));
        await run.LagRecoveryAsync(TimeSpan.FromSeconds(30));
        var figures = await run.FinishAsync();

        Assert.True(figures.SentInOutage > 0);
        Assert.Equal(figures.Sent, figures.Acknowledged);
        figures.AssertNothingLostOrTwice();
    }
}
