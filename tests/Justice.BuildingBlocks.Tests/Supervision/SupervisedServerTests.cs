using Justice.Testing;
using Npgsql;
using RabbitMQ.Client;

namespace Justice.BuildingBlocks.Tests.Supervision;

/// <summary>
/// <c>eng/postgres.sh</c> and <c>eng/rabbitmq.sh</c> supervise their server: one that crashes is started again with
/// its data, without a person; one the orchestrator stops (SIGTERM) stays stopped; nothing of it outlives a script
/// that is itself killed.
/// </summary>
public sealed class SupervisedServerTests
{
    [Fact]
    public async Task A_crashed_PostgreSQL_is_started_again_within_15_seconds_with_its_data()
    {
        await using var postgres = new ScriptedPostgres();
        await postgres.StartAsync();
        await ExecuteAsync(postgres, "create table kept (id int primary key); insert into kept values (1)");
        var crashed = postgres.ServerProcessId;

        postgres.Crash();

        Assert.True(await Eventually.Holds(TimeSpan.FromSeconds(15), postgres.AcceptsConnectionsAsync),
            "PostgreSQL did not answer again within 15 s of its crash");
        Assert.NotEqual(crashed, postgres.ServerProcessId);
        Assert.Equal(1, await ScalarAsync(postgres, "select count(*)::int from kept"));
    }

    [Fact]
    public async Task A_PostgreSQL_stopped_by_the_orchestrator_stays_stopped()
    {
        await using var postgres = new ScriptedPostgres();
        await postgres.StartAsync();

        await postgres.StopAsync();

        Assert.False(postgres.ScriptIsRunning);
        Assert.False(await postgres.AcceptsConnectionsAsync());
    }

    [Fact]
    public async Task A_crashed_RabbitMQ_is_started_again_within_15_seconds()
    {
        await using var broker = new ScriptedRabbitMq();
        await broker.StartAsync();

        await broker.CrashAsync();

        // The script starts the node again a second after the crash; the node's own boot takes the rest. (Queue
        // definitions a crash may lose are declared again by the services' buses when they reconnect; confirmed
        // messages are on disk.)
        Assert.True(await Eventually.Holds(TimeSpan.FromSeconds(15), broker.AcceptsConnectionsAsync),
            "RabbitMQ did not answer again within 15 s of its crash");
        Assert.True(broker.ScriptIsRunning);
        await using var connection = await ConnectAsync(broker);
        await using var channel = await connection.CreateChannelAsync();
        Assert.True(channel.IsOpen);
    }

    [Fact]
    public async Task Nothing_of_a_PostgreSQL_outlives_its_killed_script()
    {
        await using var postgres = new ScriptedPostgres();
        await postgres.StartAsync();

        postgres.KillScript();

        Assert.True(await Eventually.Holds(TimeSpan.FromSeconds(30), () => Task.FromResult(!postgres.AnyProcessRuns)),
            "PostgreSQL still ran 30 s after its script was killed");
        Assert.False(await postgres.AcceptsConnectionsAsync());
    }

    [Fact]
    public async Task Nothing_of_a_RabbitMQ_outlives_its_killed_script()
    {
        await using var broker = new ScriptedRabbitMq();
        await broker.StartAsync();

        broker.KillScript();

        // The node's own script (Debian's rabbitmq-server) takes the kernel's SIGTERM as a graceful shutdown.
        Assert.True(await Eventually.Holds(TimeSpan.FromSeconds(30), () => Task.FromResult(!broker.AnyProcessRuns)),
            "RabbitMQ's node or port mapper still ran 30 s after its script was killed");
        Assert.False(await broker.AcceptsConnectionsAsync());
    }

    private static async Task<IConnection> ConnectAsync(ScriptedRabbitMq broker) =>
        await new ConnectionFactory { Uri = broker.AdminAmqpUri, AutomaticRecoveryEnabled = false }.CreateConnectionAsync();

    private static async Task ExecuteAsync(ScriptedPostgres postgres, string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> ScalarAsync(ScriptedPostgres postgres, string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
