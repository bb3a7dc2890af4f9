extern alias MonitoringService;

using Grpc.Core;
using Grpc.Net.Client;
using Justice.Identity;
using Justice.Monitoring.V1;
using Justice.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MonitoringService::Justice.Monitoring;
using MonitoringService::Justice.Monitoring.ReadModel;

namespace Justice.Monitoring.Tests;

/// <summary>
/// The Monitoring service in memory with its own database and virtual host on the real servers, and the four services
/// that publish what it counts, each publishing as itself.
/// </summary>
public sealed class MonitoringHost : IAsyncLifetime
{
    private readonly Dictionary<string, IHost> _publishers = [];
    private GrpcChannel? _channel;

    public TestDatabase Database { get; } = new("monitoring");
    public IdentityServer<IdentityProgram> Identity { get; private set; } = null!;
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public ServiceFactory<MonitoringProgram> Factory { get; private set; } = null!;
    public ConsumeRecorder Consumed { get; } = new();

    public IBus Training => Publisher("training");
    public IBus Network => Publisher("network");
    public IBus Assessment => Publisher("assessment");
    public IBus Publicity => Publisher("publicity");

    public IServiceProvider Services => Factory.Services;

    public HttpClient CreateClient() => Factory.CreateClient();

    public NationalDashboard.NationalDashboardClient Dashboard =>
        new(_channel ??= GrpcChannel.ForAddress(Factory.Server.BaseAddress,
            new GrpcChannelOptions { HttpHandler = Factory.Server.CreateHandler() }));

    /// <summary>Call headers with the national dashboard machine client's token.</summary>
    public async Task<Metadata> DashboardHeadersAsync() => Bearer(await Identity.ClientTokenAsync());

    /// <summary>Waits until the counts in memory hold everything consumed before the call.</summary>
    public async Task SettledAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Services.GetRequiredService<LiveReadModel>().RefreshedAsync(timeout.Token);
    }

    public static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync("monitoring");
        Identity = SharedIdentityServer.Of<IdentityProgram>();
        Factory = new ServiceFactory<MonitoringProgram>(new Dictionary<string, string?>(Identity.ServiceSettings)
        {
            ["ConnectionStrings:monitoringdb"] = Database.ConnectionString,
            ["ConnectionStrings:eventbus"] = VirtualHost.AmqpUriFor(MonitoringService::Justice.Monitoring.MonitoringService.Name).ToString(),
            ["Monitoring:SafetyInterval"] = "00:00:01",
        }, services =>
        {
            services.AddConsumeObserver(_ => Consumed);
            Identity.RouteKeyRequests(services);
        });
        _ = Factory.Server; // starts the host: migrations applied, queues bound, counts read
        foreach (var service in new[] { "training", "network", "assessment", "publicity" })
        {
            _publishers[service] = await PublisherHost.StartAsync(service, VirtualHost.AmqpUriFor(service));
        }
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        foreach (var publisher in _publishers.Values)
        {
            await publisher.StopAsync();
            publisher.Dispose();
        }
        await Factory.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }

    private IBus Publisher(string service) => _publishers[service].Services.GetRequiredService<IBus>();
}
