extern alias NetworkService;

using Grpc.Net.Client;
using Justice.Network.V1;
using Justice.Testing;
using MassTransit;
using NetworkService::Justice.Network;

namespace Justice.Network.Tests;

/// <summary>The Network service in memory, with its own database and virtual host on the real servers.</summary>
public sealed class NetworkHost : IAsyncLifetime
{
    private GrpcChannel? _channel;

    public TestDatabase Database { get; } = new("network");
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public ServiceFactory<NetworkProgram> Factory { get; private set; } = null!;

    public ConsumeRecorder Consumed { get; } = new();

    public IServiceProvider Services => Factory.Services;

    public HttpClient CreateClient() => Factory.CreateClient();

    public RegionDirectory.RegionDirectoryClient RegionDirectory =>
        new(_channel ??= GrpcChannel.ForAddress(Factory.Server.BaseAddress,
            new GrpcChannelOptions { HttpHandler = Factory.Server.CreateHandler() }));

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync("network");
        Factory = new ServiceFactory<NetworkProgram>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:networkdb"] = Database.ConnectionString,
            ["ConnectionStrings:eventbus"] = VirtualHost.AmqpUri.ToString(),
        }, services => services.AddConsumeObserver(_ => Consumed));
        _ = Factory.Server; // starts the host: migrations applied, bus started
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        await Factory.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
