using System.Diagnostics;
using Justice.Benchmarks;

// ./eng/bench.sh runs this from the Release build: the whole system, loaded scenario by scenario, one table at the end.
var output = args.Length > 0 ? args[0] : Path.Combine("artifacts", "bench", "latest.json");
var clock = Stopwatch.StartNew();
var report = new Report(Machine.Describe());
report.Notes.Add($"Services built and run in {BenchSystem.BuildConfiguration}.");
report.Notes.Add("The AppHost runs as ./eng/run.sh runs it (services in Development, PostgreSQL and RabbitMQ from eng/postgres.sh and eng/rabbitmq.sh), "
    + $"on a throwaway data folder, except: the gateway's rate limits raised to {BenchSystem.RaisedRateLimit} per window, and no dashboard (no telemetry export).");
report.Notes.Add("The load generator runs on the same machine as the whole system and shares its cores.");
report.Notes.Add($"closed: {SideBySide.Concurrency} calls in flight, each sent as the last is answered (the most per second); "
    + "open: calls issued at a fixed rate whatever the answers, latency from each call's due time (HdrHistogram), so queueing shows.");
report.Notes.Add("Pairs (gateway and direct, gRPC and REST) are measured in alternating 4-s slices of the same run.");
report.Notes.Add("Event lag: outbox row created_at (trainingdb) to Network's inbox row processed_at (networkdb), which commits with the roster row.");

Console.Error.WriteLine("Starting the system (PostgreSQL, RabbitMQ, services, gateway)...");
await using (var system = await BenchSystem.StartAsync())
{
    Console.Error.WriteLine($"Started in {clock.Elapsed.TotalSeconds:0} s; measuring.");
    await EventScenarios.RegistrationThroughputAsync(system, report);
    await ReadScenarios.RegionsAsync(system, report);
    await ReadScenarios.PractitionersAsync(system, report);
    await ReadScenarios.GrpcAgainstRestAsync(system, report);
    foreach (var rate in new[] { 50, 200, 500 })
    {
        await EventScenarios.EventLagAsync(system, report, rate);
    }
    await EventScenarios.DispatcherAsync(system, report, count: 10_000);
    Console.Error.WriteLine("Stopping the system...");
}
report.Duration = clock.Elapsed;
report.Notes.Add("Targets: regions list ≥ 5,000/s through the gateway; registrations ≥ 300/s through the gateway with p99 ≤ 250 ms; "
    + "event lag p99 ≤ 100 ms at 200/s; dispatcher ≥ 2,000 events/s.");
Console.WriteLine(report.Table());
await report.WriteJsonAsync(output);
Console.Error.WriteLine($"Written to {output}");
