extern alias MonitoringService;

using Justice.Identity;
using Justice.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MonitoringService::Justice.Monitoring;

namespace Justice.Dashboard.Tests;

/// <summary>
/// The identity service (the token endpoint) and the Monitoring service in memory, Monitoring with its own database and
/// virtual host on the real servers, and Network publishing on the bus; the tool reaches the services through their
/// handlers instead of sockets.
/// </summary>
public sealed class DashboardSystem : IAsyncLifetime
{
    private IHost? _network;

    public TestDatabase Database { get; } = new("monitoring");
    public IdentityServer<IdentityProgram> Identity { get; private set; } = null!;
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public ServiceFactory<MonitoringProgram> Monitoring { get; private set; } = null!;

    /// <summary>The bus as the Network service, which publishes the teams formed.</summary>
    public IBus Network => _network!.Services.GetRequiredService<IBus>();

    /// <summary>Handlers into both services; the addresses the tool is given only name them.</summary>
    public DashboardConnections Connections() =>
        new(Identity.Factory.Server.CreateHandler(), Monitoring.Server.CreateHandler());

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync("monitoring");
        Identity = SharedIdentityServer.Of<IdentityProgram>();
        Monitoring = new ServiceFactory<MonitoringProgram>(new Dictionary<string, string?>(Identity.ServiceSettings)
        {
            ["ConnectionStrings:monitoringdb"] = Database.ConnectionString,
            ["ConnectionStrings:eventbus"] = VirtualHost.AmqpUriFor(MonitoringService::Justice.Monitoring.MonitoringService.Name).ToString(),
        }, Identity.RouteKeyRequests);
        _ = Monitoring.Server; // starts the host: migrations applied, queues bound, counts read
        _network = await PublisherHost.StartAsync("network", VirtualHost.AmqpUriFor("network"));
    }

    public async Task DisposeAsync()
    {
        if (_network is not null)
        {
            await _network.StopAsync();
            _network.Dispose();
        }
        await Monitoring.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
