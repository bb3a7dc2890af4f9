using System.Globalization;
using System.Reflection;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Justice.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Justice.Benchmarks;

/// <summary>
/// The AppHost with everything it runs — PostgreSQL, RabbitMQ, the services and the gateway — on a throwaway data
/// folder and free ports, as the whole-system tests start it, with two differences that the report states: the
/// gateway's rate limits are raised out of the way of the load, and the dashboard (with its telemetry export) is off.
/// </summary>
public sealed class BenchSystem : IAsyncDisposable
{
    /// <summary>Far above any load this program offers, so the gateway's limiter admits all of it.</summary>
    public const int RaisedRateLimit = 10_000_000;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private const int TokenAttempts = 5;
    private static readonly TimeSpan TokenRenewal = TimeSpan.FromMinutes(5);
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"justice-bench-{Guid.NewGuid():N}");
    private readonly int _eventBusPort = FreePorts.Next(rabbitMq: true);
    /// <summary>The port Monitoring's gRPC endpoint itself listens on, behind the orchestrator's proxy.</summary>
    private readonly int _monitoringGrpcPort = FreePorts.Next();
    private DistributedApplication? _app;
    private string? _token;
    private DateTime _tokenTakenAt;

    /// <summary>
    /// This program's build configuration (<c>Release</c> under ./eng/bench.sh), which the AppHost runs the services in: it
    /// runs each project's build output for the configuration it was itself built in.
    /// </summary>
    public static string BuildConfiguration { get; } =
        typeof(BenchSystem).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The system has not started.");

    public static async Task<BenchSystem> StartAsync()
    {
        var system = new BenchSystem();
        await system.StartAppAsync();
        return system;
    }

    private async Task StartAppAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Justice_AppHost>(
            [
                $"Infrastructure:DataDirectory={_dataDirectory}",
                $"Infrastructure:PostgresPort={FreePorts.Next()}",
                $"Infrastructure:EventBusPort={_eventBusPort}",
                $"Infrastructure:EventBusManagementPort={FreePorts.Next()}",
                $"Infrastructure:MailPort={FreePorts.Next()}",
                $"Infrastructure:MailWebPort={FreePorts.Next()}",
                "Infrastructure:Throwaway=true",
            ],
            (options, settings) =>
            {
                // As ./eng/run.sh runs it: the services in Development, where the password grant gives the admin a token.
                settings.EnvironmentName = "Development";
                options.DisableDashboard = true;
                options.AllowUnsecuredTransport = true;
            });
        // The table is what this program prints; the resources' own logs and the start-up health probes are not.
        builder.Services.AddLogging(logging => logging
            .AddFilter("Justice.AppHost.Resources", LogLevel.None)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("Aspire.Hosting", LogLevel.Warning));
        // Without a dashboard nothing receives telemetry: exporting to the default address would only fail (and throw)
        // in every service for the whole run.
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            project.Annotations.Add(new EnvironmentCallbackAnnotation((EnvironmentCallbackContext context) =>
                context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT")));
        }
        // Monitoring's gRPC answers are timed on the service itself: the orchestrator's proxy in front of it (a local
        // run's only; a cluster routes in the kernel) is a process of its own with its own pauses.
        builder.Resources.OfType<ProjectResource>().Single(resource => resource.Name == "monitoring").Annotations
            .OfType<EndpointAnnotation>().Single(endpoint => endpoint.Name == "grpc").TargetPort = _monitoringGrpcPort;
        var limit = RaisedRateLimit.ToString(CultureInfo.InvariantCulture);
        builder.Resources.OfType<ProjectResource>().Single(resource => resource.Name == "gateway").Annotations.Add(
            new EnvironmentCallbackAnnotation((EnvironmentCallbackContext context) =>
            {
                foreach (var setting in new[] { "UserRequestsPerWindow", "AnonymousRequestsPerWindow", "TokenRequestsPerWindow" })
                {
                    context.EnvironmentVariables[$"RateLimits__{setting}"] = limit;
                }
            }));

        using var timeout = new CancellationTokenSource(StartTimeout);
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
        foreach (var resource in new[] { "identity", "training", "network", "gateway" })
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }
    }

    /// <summary>Where a resource answers: <c>gateway</c>, or a service directly.</summary>
    public Uri Endpoint(string resource, string name = "http") => App.GetEndpoint(resource, name);

    /// <summary>Monitoring's gRPC endpoint without the orchestrator's proxy in between.</summary>
    public Uri MonitoringGrpcItself => new($"http://localhost:{_monitoringGrpcPort.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// The first national admin's access token, taken again once it is five minutes old (tokens live ten), so a run
    /// never carries an expired one.
    /// </summary>
    public async Task<string> AdminTokenAsync()
    {
        if (_token is null || DateTime.UtcNow - _tokenTakenAt > TokenRenewal)
        {
            using var gateway = new HttpClient { BaseAddress = Endpoint("gateway") };
            var password = (await File.ReadAllTextAsync(Path.Combine(_dataDirectory, "identity-admin.password"))).Trim();
            using var response = await RequestTokenAsync(gateway, password);
            _token = (await TokenRequests.ReadAsync(response)).AccessToken;
            _tokenTakenAt = DateTime.UtcNow;
        }
        return _token;
    }

    /// <summary>
    /// The password grant, asked again while identity answers 5xx: on a busy machine its first password hash may
    /// outlast the gateway's timeout.
    /// </summary>
    private static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient gateway, string password)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await TokenRequests.RequestPasswordAsync(gateway, "admin", password);
            if ((int)response.StatusCode < 500 || attempt == TokenAttempts)
            {
                return response;
            }
            response.Dispose();
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>An open connection to one of the system's databases, as the service that owns it.</summary>
    public async Task<NpgsqlConnection> OpenDatabaseAsync(string name)
    {
        var connection = new NpgsqlConnection(await App.GetConnectionStringAsync(name)
            ?? throw new InvalidOperationException($"No connection string {name}."));
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        // RabbitMQ's port mapper may outlive a node the orchestrator killed; it is this run's own.
        using (var epmd = System.Diagnostics.Process.Start("epmd",
            ["-port", (_eventBusPort + 2000).ToString(CultureInfo.InvariantCulture), "-kill"]))
        {
            await epmd.WaitForExitAsync();
        }
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
