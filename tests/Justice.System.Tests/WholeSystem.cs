using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;
using Justice.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.SystemTests;

/// <summary>
/// The AppHost with everything it runs — PostgreSQL, RabbitMQ, the services, the gateway and the
/// dashboard — on throwaway folders and ports, started once for the whole-system tests.
/// </summary>
public sealed class WholeSystem : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"justice-system-{Guid.NewGuid():N}");
    private readonly int _eventBusPort = FreePorts.Next(rabbitMq: true);

    public DistributedApplication App { get; private set; } = null!;
    public HttpClient Gateway { get; private set; } = null!;
    public HttpClient Dashboard { get; private set; } = null!;
    public GrpcChannel GatewayGrpc { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var apiKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var dashboard = $"http://127.0.0.1:{FreePorts.Next()}";
        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Justice_AppHost>(
            [
                $"Infrastructure:DataDirectory={_dataDirectory}",
                $"Infrastructure:PostgresPort={FreePorts.Next()}",
                $"Infrastructure:EventBusPort={_eventBusPort}",
                "Infrastructure:Throwaway=true",
                $"ASPNETCORE_URLS={dashboard}",
                $"ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{FreePorts.Next()}",
                $"ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:{FreePorts.Next()}",
                $"AppHost:DashboardApiKey={apiKey}",
            ],
            (options, _) =>
            {
                options.DisableDashboard = false;
                options.AllowUnsecuredTransport = true;
            });

        using var timeout = new CancellationTokenSource(StartTimeout);
        App = await appHost.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);

        Gateway = App.CreateHttpClient("gateway", "http");
        GatewayGrpc = GrpcChannel.ForAddress(App.GetEndpoint("gateway", "grpc"));
        // Ports are randomised under test: ask the model where the dashboard ended up.
        Dashboard = new HttpClient { BaseAddress = App.GetEndpoint("aspire-dashboard", "http") };
        Dashboard.DefaultRequestHeaders.Add("x-api-key", apiKey);
    }

    /// <summary>A connection string to one of the system's databases, for checking what was (not) written.</summary>
    public async Task<string> DatabaseAsync(string name) =>
        await App.GetConnectionStringAsync(name) ?? throw new InvalidOperationException($"No connection string {name}.");

    public async Task DisposeAsync()
    {
        GatewayGrpc?.Dispose();
        Gateway?.Dispose();
        Dashboard?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        // RabbitMQ's port mapper may outlive a node the orchestrator killed; it is this run's own.
        using (var epmd = System.Diagnostics.Process.Start("epmd", ["-port", (_eventBusPort + 2000).ToString(System.Globalization.CultureInfo.InvariantCulture), "-kill"]))
        {
            await epmd.WaitForExitAsync();
        }
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WholeSystemCollection : ICollectionFixture<WholeSystem>
{
    public const string Name = "whole system";
}
