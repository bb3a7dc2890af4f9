extern alias MonitoringService;

using Justice.Identity;
using Justice.Testing;
using MonitoringService::Justice.Monitoring;

namespace Justice.Dashboard.Tests;

/// <summary>
/// The identity service (the token endpoint) and the Monitoring service in memory, Monitoring with its own database and
/// virtual host on the real servers; the tool reaches them through their handlers instead of sockets.
/// </summary>
public sealed class DashboardSystem : IAsyncLifetime
{
    public TestDatabase Database { get; } = new("monitoring");
    public IdentityServer<IdentityProgram> Identity { get; private set; } = null!;
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public ServiceFactory<MonitoringProgram> Monitoring { get; private set; } = null!;

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
        _ = Monitoring.Server; // starts the host: migrations applied, counts read
    }

    public async Task DisposeAsync()
    {
        await Monitoring.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
