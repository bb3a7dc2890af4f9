using System.Diagnostics;
using Justice.Benchmarks;

// ./eng/bench.sh runs this from the Release build: the whole system, loaded scenario by scenario, one table at the end.
if (args is [Justice.Benchmarks.Monitoring.DashboardLoad.Argument, .. var load])
{
    return await Justice.Benchmarks.Monitoring.DashboardLoad.RunAsync(load);
}
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

// Scenarios by name: any names after the output path run those alone (e.g. `out.json monitoring`).
(string Name, Func<BenchSystem, Task> Run)[] scenarios =
[
    ("registrations", system => CpuOf("registrations (closed)", () => EventScenarios.RegistrationThroughputAsync(system, report))),
    ("reads", async system =>
    {
        await CpuOf("reads: regions list", () => ReadScenarios.RegionsAsync(system, report));
        await CpuOf("reads: practitioners list", () => ReadScenarios.PractitionersAsync(system, report));
        await CpuOf("reads: gRPC / REST", () => ReadScenarios.GrpcAgainstRestAsync(system, report));
    }),
    ("event-lag", async system =>
    {
        foreach (var rate in new[] { 50, 200, 500 })
        {
            await CpuOf($"event lag at {rate}/s", () => EventScenarios.EventLagAsync(system, report, rate));
        }
    }),
    ("dispatcher", system => CpuOf("outbox dispatcher alone", () => EventScenarios.DispatcherAsync(system, report, count: 10_000))),
    // Last: the million cases it writes make Monitoring's every later re-read (on each event) costlier.
    ("monitoring", system => Justice.Benchmarks.Monitoring.NationalScaleScenario.RunAsync(system, report)),
];
var chosen = args.Length > 1 ? [.. scenarios.Where(s => args.Skip(1).Contains(s.Name, StringComparer.Ordinal))] : scenarios;
if (chosen.Length == 0)
{
    Console.Error.WriteLine($"No such scenario; there are: {string.Join(", ", scenarios.Select(s => s.Name))}.");
    return 2;
}

Console.Error.WriteLine("Starting the system (PostgreSQL, RabbitMQ, services, gateway)...");
await using (var system = await BenchSystem.StartAsync())
{
    Console.Error.WriteLine($"Started in {clock.Elapsed.TotalSeconds:0} s; measuring {string.Join(", ", chosen.Select(s => s.Name))}.");
    foreach (var scenario in chosen)
    {
        await scenario.Run(system);
    }
    Console.Error.WriteLine("Stopping the system...");
}
report.Duration = clock.Elapsed;
report.Notes.Add("Targets: regions list ≥ 5,000/s through the gateway; registrations ≥ 300/s through the gateway with p99 ≤ 250 ms; "
    + "event lag p99 ≤ 100 ms at 200/s; dispatcher ≥ 2,000 events/s; at 1M cases, Monitoring's GetIndicators and GetRegion p99 ≤ 5 ms "
    + "and GetTimeSeries p99 ≤ 20 ms at 200/s.");
Console.WriteLine(report.Table());
await report.WriteJsonAsync(output);
Console.Error.WriteLine($"Written to {output}");
return 0;

// Where the CPU went while one step ran (see CpuUse).
async Task CpuOf(string step, Func<Task> run)
{
    var before = CpuUse.Sample();
    await run();
    report.Cpu.Add(CpuUse.Between(step, before, CpuUse.Sample()));
}
