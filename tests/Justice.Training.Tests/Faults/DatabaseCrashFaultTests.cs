using Justice.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Justice.Training.Tests.Faults;

/// <summary>Training with its database on a PostgreSQL server of its own (<c>eng/postgres.sh</c>, durable), which a test may crash.</summary>
public sealed class CrashableDatabaseTrainingHost : TrainingHost
{
    public CrashableDatabaseTrainingHost() : this(StartedServer())
    {
    }

    private CrashableDatabaseTrainingHost(ScriptedPostgres server) : base(AsServicesConnect(server))
    {
        DatabaseServer = server;
    }

    public ScriptedPostgres DatabaseServer { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await DatabaseServer.DisposeAsync();
    }

    private static ScriptedPostgres StartedServer()
    {
        var server = new ScriptedPostgres();
        // xUnit makes class fixtures with their constructors; the start never resumes on its context.
        server.StartAsync().GetAwaiter().GetResult();
        return server;
    }

    /// <summary>The server's superuser, pooled and with the services' own connect timeout, as a service's connection string is.</summary>
    private static string AsServicesConnect(ScriptedPostgres server)
    {
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString);
        builder.Remove("Pooling");
        builder.Remove("Timeout");
        return builder.ConnectionString;
    }
}

/// <summary>
/// Training's PostgreSQL killed (SIGKILL) under a steady load of registrations, and nobody starting it again: its script
/// (<c>eng/postgres.sh</c>) does, and the server answers again within 15 s of the crash. Meanwhile callers are told 503
/// problem details within 10 s (never a 500, never a hang); afterwards every registration answered 2xx is in Training's
/// database and on Network's roster, once.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class DatabaseCrashFaultTests(CrashableDatabaseTrainingHost host, ITestOutputHelper output)
    : IClassFixture<CrashableDatabaseTrainingHost>
{
    private static readonly TimeSpan BackWithin = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_crashed_PostgreSQL_is_back_within_15_seconds_without_a_person_and_every_acknowledged_registration_survives()
    {
        await using var run = new FaultRun(host, output, "postgres-crash");
        await run.StartAsync();

        await run.CrashAsync(() => { host.DatabaseServer.Crash(); return Task.CompletedTask; }, host.DatabaseServer.AcceptsConnectionsAsync);
        var recoveredAfter = await run.LagRecoveryAsync(TimeSpan.FromSeconds(30));
        var figures = await run.FinishAsync();

        Assert.True(figures.Outage <= BackWithin, $"PostgreSQL answered again {figures.Outage.TotalSeconds:0.0} s after its crash.");
        Assert.True(recoveredAfter is not null, "Training did not register again within 30 s of its database's return.");
        Assert.True(figures.RefusedUnavailable > 0, "No caller noticed the crash: the fault did not happen.");
        Assert.Equal(0, figures.OtherAnswers);
        Assert.True(figures.MaxAnswerDuringOutage < AnswerWithin, $"A caller waited {figures.MaxAnswerDuringOutage} during the outage.");
        figures.AssertNothingLostOrTwice();
    }
}
