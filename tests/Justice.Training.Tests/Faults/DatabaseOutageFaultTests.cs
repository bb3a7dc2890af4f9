using Xunit.Abstractions;

namespace Justice.Training.Tests.Faults;

/// <summary>
/// Training's PostgreSQL unreachable for a few seconds under a steady load of registrations (the link to it severed, as
/// if its process were killed, then restored): meanwhile callers are told 503 problem details within 5 s — never a 500,
/// never a hang — and afterwards every registration answered 2xx is in Training's database and on Network's roster.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class DatabaseOutageFaultTests(SeverableDatabaseTrainingHost host, ITestOutputHelper output)
    : IClassFixture<SeverableDatabaseTrainingHost>
{
    /// <summary>Npgsql's connection timeout in the services: the longest a caller should wait for its 503.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Callers_are_refused_503_during_the_outage_and_every_acknowledged_registration_survives_it()
    {
        await using var run = new FaultRun(host, output, "postgres-outage");
        await run.StartAsync();

        await run.FaultAsync(
            () => { host.DatabaseLink.Sever(); return Task.CompletedTask; },
            TimeSpan.FromSeconds(4),
            () => { host.DatabaseLink.Restore(); return Task.CompletedTask; });
        var recoveredAfter = await run.LagRecoveryAsync(TimeSpan.FromSeconds(30));
        var figures = await run.FinishAsync();

        Assert.True(recoveredAfter is not null, "Training did not register again within 30 s of its database's return.");

        Assert.True(figures.RefusedUnavailable > 0, "No caller noticed the outage: the fault did not happen.");
        Assert.Equal(0, figures.OtherAnswers);
        Assert.True(figures.MaxAnswerDuringOutage < Patience, $"A caller waited {figures.MaxAnswerDuringOutage} during the outage.");
        figures.AssertNothingLostOrTwice();
    }
}
