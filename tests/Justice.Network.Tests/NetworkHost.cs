extern alias NetworkService;

using Grpc.Net.Client;
using Justice.Identity;
using Justice.Network.V1;
using Justice.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkService::Justice.Network;

namespace Justice.Network.Tests;

/// <summary>The Network service in memory, with its own database and virtual host on the real servers.</summary>
public sealed class NetworkHost : IAsyncLifetime
{
    private GrpcChannel? _channel;

    public TestDatabase Database { get; } = new("network");
    public IdentityServer<IdentityProgram> Identity { get; private set; } = null!;
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public ServiceFactory<NetworkProgram> Factory { get; private set; } = null!;

    public ConsumeRecorder Consumed { get; } = new();

    /// <summary>Publishes as Training does: its broker user, its name on the messages.</summary>
    public IBus Training => _training.Services.GetRequiredService<IBus>();
    private IHost _training = null!;

    /// <summary>Publishes as Assessment does: its broker user, its name on the messages.</summary>
    public IBus Assessment => _assessment.Services.GetRequiredService<IBus>();
    private IHost _assessment = null!;

    public IServiceProvider Services => Factory.Services;

    /// <summary>A client without a token.</summary>
    public HttpClient CreateClient() => Factory.CreateClient();

    /// <summary>A client carrying the national admin's token.</summary>
    public async Task<HttpClient> CreateAdminClientAsync() => Factory.CreateClient().WithToken(await Identity.AdminTokenAsync());

    public RegionDirectory.RegionDirectoryClient RegionDirectory =>
        new(_channel ??= GrpcChannel.ForAddress(Factory.Server.BaseAddress,
            new GrpcChannelOptions { HttpHandler = Factory.Server.CreateHandler() }));

    /// <summary>gRPC call headers with a machine client's token, as a national dashboard sends.</summary>
    public async Task<Grpc.Core.Metadata> DashboardHeadersAsync() =>
        new() { { "Authorization", $"Bearer {await Identity.ClientTokenAsync()}" } };

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync("network");
        Identity = SharedIdentityServer.Of<IdentityProgram>();
        Factory = new ServiceFactory<NetworkProgram>(new Dictionary<string, string?>(Identity.ServiceSettings)
        {
            ["ConnectionStrings:networkdb"] = Database.ConnectionString,
            ["ConnectionStrings:eventbus"] = VirtualHost.AmqpUriFor(NetworkService::Justice.Network.NetworkService.Name).ToString(),
        }, services =>
        {
            services.AddConsumeObserver(_ => Consumed);
            Identity.RouteKeyRequests(services);
        });
        _ = Factory.Server; // starts the host: migrations applied, bus started
        _training = await PublisherHost.StartAsync("training", VirtualHost.AmqpUriFor("training"));
        _assessment = await PublisherHost.StartAsync("assessment", VirtualHost.AmqpUriFor("assessment"));
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        await _training.StopAsync();
        _training.Dispose();
        await _assessment.StopAsync();
        _assessment.Dispose();
        await Factory.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
