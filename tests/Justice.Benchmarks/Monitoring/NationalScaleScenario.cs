using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using Justice.Monitoring.V1;
using Npgsql;

namespace Justice.Benchmarks.Monitoring;

/// <summary>
/// The national dashboard's reads at national scale: the running system's Monitoring database filled with
/// <see cref="NationalHistory"/> (a million cases), the service told to read its counts again, then GetIndicators,
/// GetRegion and GetTimeSeries over gRPC (h2c, on the service's own port, not through the orchestrator's proxy, a
/// national admin's token), each at a fixed arrival rate from a process of its own (<see cref="DashboardLoad"/>).
/// </summary>
public static class NationalScaleScenario
{
    public const double Rate = 200;
    public const double IndicatorsTargetMs = 5;
    public const double TimeSeriesTargetMs = 20;
    private const int Reloads = 10;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan Run = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(BenchSystem system, Report report)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync("monitoring", timeout.Token);
        await using var database = await system.OpenDatabaseAsync("monitoringdb");
        var filledAt = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Console.Error.WriteLine($"Filling monitoringdb with {NationalHistory.Cases:N0} cases...");
        var history = await Task.Run(() => new NationalHistory().WriteTo(database, filledAt));
        var scale = string.Create(CultureInfo.InvariantCulture,
            $"{history.Subjects:N0} subjects, {history.CountRows:N0} count rows, in {history.Elapsed.TotalSeconds:0.0} s");
        Console.Error.WriteLine($"  written: {scale}");
        // The generator's garbage (millions of rows) would otherwise be collected while the calls below are timed.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

        using var channel = GrpcChannel.ForAddress(system.MonitoringGrpcItself, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        });
        var dashboard = new NationalDashboard.NationalDashboardClient(channel);
        var headers = new Metadata { { "authorization", $"Bearer {await system.AdminTokenAsync()}" } };

        // Reads after a change notice that moves only the counts' time, to times later than any read so far: a snapshot
        // read while the fill ran (empty, so stamped with the time it was read) must not pass for the new one.
        var filled = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        var reloads = new Recording();
        for (var i = 0; i < Reloads; i++)
        {
            reloads.Record(await ReloadAsync(database, dashboard, headers, filled.AddSeconds(i)));
        }
        reloads.AddElapsed(TimeSpan.FromSeconds(1));
        var reload = reloads.Result(null);
        report.Add(new Figure($"monitoring: counts read again after a change notice ({history.CountRows:N0} rows)", "monitoringdb → memory",
            $"{Reloads} notices, one at a time", null, reload.P50Ms, reload.MaxMs, null));
        await CheckAnswerAsync(dashboard, headers, history);

        var (results, cpu) = await DashboardLoad.InOwnProcessAsync(system.MonitoringGrpcItself, await system.AdminTokenAsync(), Rate, WarmUp,
            Run, "monitoring at 1M cases: the load generator alone, a refused call, then the three calls");
        report.Cpu.Add(cpu);
        // The floor: what the load generator itself adds to a call that does nothing, on the same busy machine.
        report.Add(Figure.Of($"monitoring: {DashboardLoad.Floor}", "its own process", $"open, {Rate:0}/s offered", results[DashboardLoad.Floor]));
        // The server's floor: what any call costs on this machine before Monitoring's own work (the token, the answer).
        report.Add(Figure.Of($"monitoring: {DashboardLoad.Door}", "monitoring gRPC", $"open, {Rate:0}/s offered", results[DashboardLoad.Door]));
        var met = new List<string>();
        foreach (var (name, targetMs) in new[]
        {
            (DashboardLoad.Indicators, IndicatorsTargetMs), (DashboardLoad.Region, IndicatorsTargetMs), (DashboardLoad.TimeSeries, TimeSeriesTargetMs),
        })
        {
            var result = results[name];
            report.Add(Figure.Of($"monitoring at 1M cases: {name}", "monitoring gRPC", $"open, {Rate:0}/s offered", result));
            report.Ratios.Add(new Ratio($"monitoring at 1M cases: {name}, p99 ms", result.P99Ms, $"≤ {targetMs:0}"));
            met.Add($"{name} {(result.P99Ms <= targetMs && result.Errors == 0 ? "met" : "NOT met")}");
        }
        report.Notes.Add($"Monitoring at national scale: {NationalHistory.Cases:N0} cases over {NationalHistory.Months} months and 28 regions "
            + $"({scale}, binary COPY into the running system's monitoringdb); each call {Run.TotalSeconds:0} s after {WarmUp.TotalSeconds:0} s of warm-up. "
            + $"Targets (p99 ≤ {IndicatorsTargetMs:0} ms, ≤ {TimeSeriesTargetMs:0} ms): {string.Join("; ", met)}. "
            + $"The counts' re-read is timed from the notice's commit to the first answer with the new time (polled every 5 ms); "
            + "it includes the 100 ms the service waits to gather a burst of changes; its p99 column is the slowest of the ten.");
    }

    /// <summary>From the change notice's commit to the first answer whose counts carry <paramref name="asOf"/>.</summary>
    private static async Task<TimeSpan> ReloadAsync(NpgsqlConnection database, NationalDashboard.NationalDashboardClient dashboard,
        Metadata headers, DateTimeOffset asOf)
    {
        await using (var notice = new NpgsqlCommand(
            "UPDATE monthly_counts SET updated_at = @at WHERE ctid = (SELECT ctid FROM monthly_counts LIMIT 1); SELECT pg_notify('monitoring_counts', '')",
            database))
        {
            notice.Parameters.AddWithValue("at", asOf);
            await notice.ExecuteNonQueryAsync();
        }
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            var answer = await dashboard.GetIndicatorsAsync(new GetIndicatorsRequest(), headers);
            if (answer.AsOf.ToDateTimeOffset() >= asOf)
            {
                return Stopwatch.GetElapsedTime(start);
            }
            if (Stopwatch.GetElapsedTime(start) > ReloadTimeout)
            {
                throw new TimeoutException($"Monitoring did not read its counts again within {ReloadTimeout.TotalSeconds:0} s.");
            }
            await Task.Delay(5);
        }
    }

    /// <summary>The answers are about the history written: at least its victims (events applied before may add to them).</summary>
    private static async Task CheckAnswerAsync(NationalDashboard.NationalDashboardClient dashboard, Metadata headers, ImportSummary history)
    {
        var answer = await dashboard.GetIndicatorsAsync(new GetIndicatorsRequest(), headers);
        var victims = answer.Indicators.Single(indicator => indicator.Code == "victims-assessed").Value;
        if (victims < history.Totals["victims-assessed"])
        {
            throw new InvalidOperationException($"Monitoring counts {victims} victims assessed; the history wrote {history.Totals["victims-assessed"]}.");
        }
    }
}
