using Grpc.Net.Client;
using Justice.Network.V1;

namespace Justice.Benchmarks;

/// <summary>Reads: the gateway against the service behind it, and gRPC against REST for the same list.</summary>
public static class ReadScenarios
{
    /// <summary>The open-model latency runs offer this share of the lower of the two closed-loop throughputs.</summary>
    private const double LatencyLoadShare = 0.5;

    /// <summary>The public regions list, anonymous: what every portal page loads.</summary>
    public static async Task RegionsAsync(BenchSystem system, Report report)
    {
        using var gateway = Calls.Client(system.Endpoint("gateway"));
        using var direct = Calls.Client(system.Endpoint("network"));
        await GatewayAgainstDirectAsync(report, "regions list (public, 28 items)",
            Calls.Get(gateway, "/api/network/regions"), Calls.Get(direct, "/api/network/regions"), "≥ 0.6");
    }

    /// <summary>50 practitioners, newest first, as a national admin: authenticated, from the database.</summary>
    public static async Task PractitionersAsync(BenchSystem system, Report report)
    {
        var token = await system.AdminTokenAsync();
        using var gateway = Calls.Client(system.Endpoint("gateway"), token);
        using var direct = Calls.Client(system.Endpoint("training"), token);
        const string path = "/api/training/practitioners?page=1&pageSize=50";
        await GatewayAgainstDirectAsync(report, "practitioners list (token, DB, 50 items)",
            Calls.Get(gateway, path), Calls.Get(direct, path), "≥ 0.8");
    }

    /// <summary>
    /// The regions over gRPC (<c>RegionDirectory/ListRegions</c>, HTTP/2) against REST (<c>GET /api/network/regions</c>,
    /// HTTP/1.1), both directly on Network with the admin's token: the same 28 regions, the longest list that both
    /// interfaces serve alike (gRPC's trained-practitioner list has no REST twin).
    /// </summary>
    public static async Task GrpcAgainstRestAsync(BenchSystem system, Report report)
    {
        var token = await system.AdminTokenAsync();
        using var channel = GrpcChannel.ForAddress(system.Endpoint("network", "grpc"), new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        });
        using var rest = Calls.Client(system.Endpoint("network"), token);
        var (grpc, json) = await SideBySide.ClosedAsync(
            Calls.ListRegions(new RegionDirectory.RegionDirectoryClient(channel), token), Calls.Get(rest, "/api/network/regions"));
        var load = $"closed, {SideBySide.Concurrency} in flight";
        report.Add(Figure.Of("regions list (28 items, token)", "network gRPC", load, grpc));
        report.Add(Figure.Of("regions list (28 items, token)", "network REST", load, json));
        report.Ratios.Add(new Ratio("regions list: gRPC / REST, requests/s", grpc.AchievedPerSecond / json.AchievedPerSecond, "(none)"));
    }

    private static async Task GatewayAgainstDirectAsync(Report report, string scenario, Call gateway, Call direct, string target)
    {
        var (gatewayMost, directMost) = await SideBySide.ClosedAsync(gateway, direct);
        var closed = $"closed, {SideBySide.Concurrency} in flight";
        report.Add(Figure.Of(scenario, "gateway", closed, gatewayMost));
        report.Add(Figure.Of(scenario, "direct", closed, directMost));
        report.Ratios.Add(new Ratio($"{scenario}: gateway / direct, requests/s",
            gatewayMost.AchievedPerSecond / directMost.AchievedPerSecond, target));

        var rate = Math.Max(10, 10 * Math.Round(LatencyLoadShare * Math.Min(gatewayMost.AchievedPerSecond, directMost.AchievedPerSecond) / 10));
        var (gatewayPaced, directPaced) = await SideBySide.OpenAsync(gateway, direct, rate);
        var open = $"open, {rate:0}/s offered";
        report.Add(Figure.Of(scenario, "gateway", open, gatewayPaced));
        report.Add(Figure.Of(scenario, "direct", open, directPaced));
        report.Ratios.Add(new Ratio($"{scenario}: direct / gateway, p99 at {rate:0}/s",
            directPaced.P99Ms / gatewayPaced.P99Ms, "(none)"));
    }
}
