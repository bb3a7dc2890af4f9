using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Justice.Monitoring.V1;

namespace Justice.Benchmarks.Monitoring;

/// <summary>
/// The national dashboard's calls, issued by a process of their own (this program started again with
/// <see cref="Argument"/>), as a dashboard would be: in the bench's own process the load generator shares its thread
/// pool and its collections with the in-process AppHost, and a call that did nothing was late by up to 4.7 ms at p99,
/// most of a 5 ms target.
/// </summary>
public static class DashboardLoad
{
    public const string Argument = "--dashboard-load";

    /// <summary>The caller's token travels in the environment, never on a command line that <c>ps</c> shows.</summary>
    private const string TokenVariable = "JUSTICE_BENCH_TOKEN";

    private const string Series = "effective-cooperation";

    // The calls' names, in the order they run; the figures come back under them.
    public const string Floor = "the load generator alone (a call that does nothing)";
    public const string Door = "GetIndicators without a token (refused at the door)";
    public const string Indicators = "GetIndicators (national)";
    public const string Region = "GetRegion (28 in turn)";
    public static readonly string TimeSeries = $"GetTimeSeries ({Series}, national, {NationalHistory.Months} months)";

    /// <summary>
    /// Runs every call in a child process at <paramref name="rate"/> and returns what each measured, by name, with the
    /// CPU the machine spent meanwhile (sampled before the child ends, so that its own share is counted).
    /// </summary>
    public static async Task<(IReadOnlyDictionary<string, LoadResult> Results, CpuShare Cpu)> InOwnProcessAsync(Uri monitoring,
        string token, double rate, TimeSpan warmUp, TimeSpan run, string cpuStep)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "Justice.Benchmarks"))
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Argument, monitoring.ToString(), Number(rate), Number(warmUp.TotalSeconds), Number(run.TotalSeconds) })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment[TokenVariable] = token;
        var cpuBefore = CpuUse.Sample();
        using var child = Process.Start(start) ?? throw new InvalidOperationException("The dashboard load did not start.");
        var output = await child.StandardOutput.ReadLineAsync();
        var cpu = CpuUse.Between(cpuStep, cpuBefore, CpuUse.Sample());
        child.StandardInput.Close();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0 || output is null)
        {
            throw new InvalidOperationException($"The dashboard load ended with exit code {child.ExitCode} (its errors are above).");
        }
        var results = JsonSerializer.Deserialize<Dictionary<string, LoadResult>>(output)
            ?? throw new InvalidOperationException("The dashboard load wrote no figures.");
        return (results, cpu);
    }

    /// <summary>
    /// The child's side: <c>address rate warm-up-seconds run-seconds</c>; figures as one line of JSON on standard
    /// output; ends when its standard input closes.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count != 4 || Environment.GetEnvironmentVariable(TokenVariable) is not { Length: > 0 } token)
        {
            await Console.Error.WriteLineAsync($"Usage: {Argument} <monitoring gRPC address> <rate> <warm-up s> <run s>, token in {TokenVariable}.");
            return 2;
        }
        var rate = double.Parse(arguments[1], CultureInfo.InvariantCulture);
        var warmUp = TimeSpan.FromSeconds(double.Parse(arguments[2], CultureInfo.InvariantCulture));
        var run = TimeSpan.FromSeconds(double.Parse(arguments[3], CultureInfo.InvariantCulture));

        using var channel = GrpcChannel.ForAddress(arguments[0], new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        });
        var dashboard = new NationalDashboard.NationalDashboardClient(channel);
        var headers = new Metadata { { "authorization", $"Bearer {token}" } };
        (string Name, Call Call)[] calls =
        [
            (Floor, _ => Task.FromResult<string?>(null)),
            (Door, Refused(dashboard)),
            (Indicators, Calls.Grpc(ct => dashboard.GetIndicatorsAsync(new GetIndicatorsRequest(), headers, cancellationToken: ct))),
            (Region, RegionCall(dashboard, headers)),
            (TimeSeries, Calls.Grpc(ct => dashboard.GetTimeSeriesAsync(new GetTimeSeriesRequest
            {
                Indicator = Series,
                From = Month(NationalHistory.FirstMonth),
                To = Month(NationalHistory.LastMonth),
            }, headers, cancellationToken: ct))),
        ];
        var results = new Dictionary<string, LoadResult>(StringComparer.Ordinal);
        foreach (var (name, call) in calls)
        {
            await Load.OpenAsync(call, rate, warmUp, new Recording());
            var recording = new Recording();
            await Load.OpenAsync(call, rate, run, recording);
            results[name] = recording.Result(rate);
        }
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(results));
        await Console.Out.FlushAsync();
        await Console.In.ReadToEndAsync();
        return 0;
    }

    /// <summary>
    /// The server's own floor: the same connection, HTTP/2 stream, middleware and gRPC framing as every call, answered
    /// Unauthenticated before any token is validated or any count read. Anything else is an error.
    /// </summary>
    private static Call Refused(NationalDashboard.NationalDashboardClient dashboard) => async cancellationToken =>
    {
        try
        {
            using var call = dashboard.GetIndicatorsAsync(new GetIndicatorsRequest(), cancellationToken: cancellationToken);
            await call.ResponseAsync;
            return "answered without a token";
        }
        catch (RpcException ex)
        {
            return ex.StatusCode == StatusCode.Unauthenticated ? null : ex.StatusCode.ToString();
        }
    };

    private static Call RegionCall(NationalDashboard.NationalDashboardClient dashboard, Metadata headers)
    {
        var next = 0L;
        return Calls.Grpc(ct => dashboard.GetRegionAsync(new GetRegionRequest
        {
            RegionCode = string.Create(CultureInfo.InvariantCulture, $"BG-{Interlocked.Increment(ref next) % 28 + 1:00}"),
        }, headers, cancellationToken: ct));
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
