using System.Diagnostics;
using Npgsql;

namespace Justice.Benchmarks;

/// <summary>
/// Writes that leave an event: registrations through the gateway, the lag from Training's outbox row to Network's
/// committed inbox row (the roster change commits with it), and the outbox dispatcher on its own.
/// </summary>
public static class EventScenarios
{
    private const string Registered = "PractitionerRegistered";
    private static readonly TimeSpan Run = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The most registrations the gateway takes per second with calls waiting for their answers.</summary>
    public static async Task RegistrationThroughputAsync(BenchSystem system, Report report)
    {
        using var gateway = Calls.Client(system.Endpoint("gateway"), await system.AdminTokenAsync());
        await using var training = await system.OpenDatabaseAsync("trainingdb");
        await using var network = await system.OpenDatabaseAsync("networkdb");
        var since = await NowAsync(training);
        var register = Calls.Register(gateway);
        await Load.ClosedAsync(register, SideBySide.Concurrency, TimeSpan.FromSeconds(20), new Recording());
        var recording = new Recording();
        await Load.ClosedAsync(register, SideBySide.Concurrency, TimeSpan.FromSeconds(8), recording);
        report.Add(Figure.Of("registrations", "gateway", $"closed, {SideBySide.Concurrency} in flight", recording.Result(null)));
        // What follows starts from a Network that has caught up.
        await ProcessedAsync(network, [.. (await CreatedSinceAsync(training, since)).Keys]);
    }

    /// <summary>
    /// Registrations offered at a fixed rate (open model), each measured from when it was due; then, once Network has
    /// applied every event they caused, each event's lag from its outbox row's <c>created_at</c> to its inbox row's
    /// <c>processed_at</c>.
    /// </summary>
    public static async Task EventLagAsync(BenchSystem system, Report report, double rate)
    {
        using var gateway = Calls.Client(system.Endpoint("gateway"), await system.AdminTokenAsync());
        await using var training = await system.OpenDatabaseAsync("trainingdb");
        await using var network = await system.OpenDatabaseAsync("networkdb");
        await WaitDispatchedAsync(training, "true");
        var since = await NowAsync(training);

        var registrations = new Recording();
        await Load.OpenAsync(Calls.Register(gateway), rate, Run, registrations);
        var load = $"open, {rate:0}/s offered";
        report.Add(Figure.Of("registrations", "gateway", load, registrations.Result(rate)));

        var created = await CreatedSinceAsync(training, since);
        var processed = await ProcessedAsync(network, created.Keys.ToArray());
        var lags = new Recording();
        foreach (var (id, at) in created)
        {
            lags.Record(processed[id] - at);
        }
        lags.AddElapsed(Run);
        var lag = lags.Result(rate);
        report.Add(new Figure($"event lag, outbox → Network inbox ({created.Count} events)", "trainingdb → networkdb", load,
            rate, lag.P50Ms, lag.P99Ms, null));
    }

    /// <summary>
    /// Rows written straight into Training's outbox in one transaction, then timed until the dispatcher has had every
    /// one confirmed by the broker. Its rate is between its first and last confirmed batch, which leaves out the wait
    /// for its next poll (at most a second) that the wall time from commit includes.
    /// </summary>
    public static async Task DispatcherAsync(BenchSystem system, Report report, int count)
    {
        await using var training = await system.OpenDatabaseAsync("trainingdb");
        await WaitDispatchedAsync(training, "true");
        var marker = await NowAsync(training);
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO outbox_messages (id, type, payload, created_at, next_attempt_at, attempts)
            SELECT gen_random_uuid(), @type,
                   jsonb_build_object('practitionerId', gen_random_uuid(), 'profession', 'judge', 'regionCode', 'BG-05',
                                      'occurredAt', @marker),
                   @marker, @marker, 0
            FROM generate_series(1, @count)
            """, training))
        {
            insert.Parameters.AddWithValue("type", Registered);
            insert.Parameters.AddWithValue("marker", marker);
            insert.Parameters.AddWithValue("count", count);
            await insert.ExecuteNonQueryAsync();
        }
        var committed = await NowAsync(training);
        await WaitDispatchedAsync(training, "created_at = @marker", ("marker", marker));

        await using var spread = new NpgsqlCommand(
            "SELECT min(dispatched_at), max(dispatched_at) FROM outbox_messages WHERE created_at = @marker", training);
        spread.Parameters.AddWithValue("marker", marker);
        await using var reader = await spread.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (first, last) = (reader.GetFieldValue<DateTimeOffset>(0), reader.GetFieldValue<DateTimeOffset>(1));
        var steady = last > first ? count / (last - first).TotalSeconds : double.NaN;
        var wall = (last - committed).TotalSeconds;
        report.Add(new Figure($"outbox dispatcher alone ({count} rows, broker-confirmed)", "trainingdb → eventbus",
            "first to last batch", Math.Round(steady), null, null, 0));
        report.Add(new Figure($"outbox dispatcher alone ({count} rows, broker-confirmed)", "trainingdb → eventbus",
            "commit to last batch", Math.Round(count / wall), null, null, 0));
    }

    private static async Task<DateTimeOffset> NowAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT clock_timestamp()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetFieldValue<DateTimeOffset>(0);
    }

    /// <summary>Waits until no outbox row the condition selects is still waiting for the broker.</summary>
    private static async Task WaitDispatchedAsync(NpgsqlConnection training, string condition, params (string Name, object Value)[] parameters)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL AND {condition}", training);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }
            if ((long)(await command.ExecuteScalarAsync())! == 0)
            {
                return;
            }
            if (deadline.Elapsed > SettleTimeout)
            {
                throw new TimeoutException($"Training's outbox still held undispatched rows after {SettleTimeout.TotalSeconds} s.");
            }
            await Task.Delay(100);
        }
    }

    private static async Task<Dictionary<Guid, DateTimeOffset>> CreatedSinceAsync(NpgsqlConnection training, DateTimeOffset since)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id, created_at FROM outbox_messages WHERE type = @type AND created_at >= @since", training);
        command.Parameters.AddWithValue("type", Registered);
        command.Parameters.AddWithValue("since", since);
        var created = new Dictionary<Guid, DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            created[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }
        return created;
    }

    /// <summary>When Network applied each of the events, once it has applied them all.</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> ProcessedAsync(NpgsqlConnection network, Guid[] ids)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "SELECT message_id, min(processed_at) FROM inbox_messages WHERE message_id = ANY(@ids) GROUP BY message_id", network);
            command.Parameters.AddWithValue("ids", ids);
            var processed = new Dictionary<Guid, DateTimeOffset>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    processed[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
                }
            }
            if (processed.Count == ids.Length)
            {
                return processed;
            }
            if (deadline.Elapsed > SettleTimeout)
            {
                throw new TimeoutException($"Network applied {processed.Count} of {ids.Length} events within {SettleTimeout.TotalSeconds} s.");
            }
            await Task.Delay(250);
        }
    }
}
