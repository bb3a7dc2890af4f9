extern alias NetworkService;

using Justice.Network.V1;
using Justice.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using NetworkService::Justice.Network;

namespace Justice.Training.Tests;

/// <summary>
/// Training and Network in memory, each with its own database, sharing one virtual host (so Training's
/// events reach Network's roster) on the real broker — or on a broker of the test's own.
/// </summary>
public class TrainingHost : IAsyncLifetime
{
    public TestDatabase TrainingDatabase { get; } = new("training");
    public TestDatabase NetworkDatabase { get; } = new("network");
    public ConsumeRecorder NetworkConsumed { get; } = new();
    public ServiceFactory<NetworkProgram> Network { get; private set; } = null!;
    public ServiceFactory<TrainingProgram> Training { get; private set; } = null!;

    private TestVirtualHost? _virtualHost;

    /// <summary>The broker both services use; by default a fresh virtual host on the shared test broker.</summary>
    protected virtual async Task<Uri> CreateEventBusAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("training");
        return _virtualHost.AmqpUri;
    }

    /// <summary>Settings both hosts get besides their connection strings.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    public HttpClient CreateClient() => Training.CreateClient();

    public async Task InitializeAsync()
    {
        var eventBus = (await CreateEventBusAsync()).ToString();

        Network = new ServiceFactory<NetworkProgram>(
            new Dictionary<string, string?>(ExtraSettings)
            {
                ["ConnectionStrings:networkdb"] = NetworkDatabase.ConnectionString,
                ["ConnectionStrings:eventbus"] = eventBus,
            },
            services => services.AddConsumeObserver(_ => NetworkConsumed));
        _ = Network.Server;

        Training = new ServiceFactory<TrainingProgram>(
            new Dictionary<string, string?>(ExtraSettings)
            {
                ["ConnectionStrings:trainingdb"] = TrainingDatabase.ConnectionString,
                ["ConnectionStrings:eventbus"] = eventBus,
            },
            services => services
                .AddGrpcClient<RegionDirectory.RegionDirectoryClient>(client => client.Address = Network.Server.BaseAddress)
                .ConfigurePrimaryHttpMessageHandler(() => Network.Server.CreateHandler()));
        _ = Training.Server;
    }

    public virtual async Task DisposeAsync()
    {
        await Training.DisposeAsync();
        await Network.DisposeAsync();
        if (_virtualHost is not null)
        {
            await _virtualHost.DisposeAsync();
        }
        await TrainingDatabase.DisposeAsync();
        await NetworkDatabase.DisposeAsync();
    }
}
