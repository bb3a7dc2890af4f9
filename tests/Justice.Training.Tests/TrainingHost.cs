extern alias NetworkService;

using Grpc.Core;
using Grpc.Net.Client;
using Justice.Identity;
using Justice.Network.V1;
using Justice.Testing;
using Justice.Training.V1;
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
    public TrainingHost() : this(TestServers.Postgres)
    {
    }

    /// <param name="trainingServer">The server Training's database is made on: its superuser's connection string.</param>
    protected TrainingHost(string trainingServer) => TrainingDatabase = new("training", trainingServer);

    public TestDatabase TrainingDatabase { get; }
    public TestDatabase NetworkDatabase { get; } = new("network");
    public ConsumeRecorder NetworkConsumed { get; } = new();
    public ServiceFactory<NetworkProgram> Network { get; private set; } = null!;
    public ServiceFactory<TrainingProgram> Training { get; private set; } = null!;
    public IdentityServer<IdentityProgram> Identity { get; private set; } = null!;
    /// <summary>The national admin's access token: sees and does everything.</summary>
    public string AdminToken { get; private set; } = null!;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string>> _callerTokens = new();

    /// <summary>
    /// The token of the test class's caller named <paramref name="caller"/> (an access matrix's role): its account is
    /// made by <paramref name="issue"/> on first use, and the class's later tests act as the same account (a token
    /// lives ten minutes, a test class far less).
    /// </summary>
    public Task<string> CallerTokenAsync(string caller, Func<Task<string>> issue) => _callerTokens.GetOrAdd(caller, _ => issue());

    private TestVirtualHost? _virtualHost;
    private Func<string, Uri> _eventBus = null!;

    /// <summary>
    /// The broker both services use, as each service's connection string (its own broker user); by default a fresh
    /// virtual host on the shared test broker.
    /// </summary>
    protected virtual async Task<Func<string, Uri>> CreateEventBusAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("training");
        return _virtualHost.AmqpUriFor;
    }

    /// <summary>Registrations Training gets besides the test wiring (a clock of the test's own, say).</summary>
    protected virtual void ConfigureTraining(IServiceCollection services)
    {
    }

    /// <summary>How Training reaches its database: by default straight at the test server.</summary>
    protected virtual string TrainingConnectionString => TrainingDatabase.ConnectionString;

    /// <summary>Registrations Network gets besides the test wiring (an interceptor of its gRPC calls, say).</summary>
    protected virtual void ConfigureNetwork(IServiceCollection services)
    {
    }

    /// <summary>Settings both hosts get besides their connection strings.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    /// <summary>A Training client carrying the national admin's token.</summary>
    public HttpClient CreateClient() => Training.CreateClient().WithToken(AdminToken);

    /// <summary>A Network client carrying the national admin's token.</summary>
    public HttpClient CreateNetworkClient() => Network.CreateClient().WithToken(AdminToken);

    /// <summary>Training's gRPC TrainingDirectory, called with <paramref name="token"/>.</summary>
    public (TrainingDirectory.TrainingDirectoryClient Client, Metadata Headers) Directory(string token)
    {
        var channel = GrpcChannel.ForAddress(Training.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Training.Server.CreateHandler() });
        return (new TrainingDirectory.TrainingDirectoryClient(channel), new Metadata { { "Authorization", $"Bearer {token}" } });
    }

    public virtual async Task InitializeAsync()
    {
        _eventBus = await CreateEventBusAsync();
        Identity = SharedIdentityServer.Of<IdentityProgram>();
        AdminToken = await Identity.AdminTokenAsync();

        StartNetwork();

        Training = new ServiceFactory<TrainingProgram>(
            new Dictionary<string, string?>(ExtraSettings.Concat(Identity.ServiceSettings))
            {
                ["ConnectionStrings:trainingdb"] = TrainingConnectionString,
                ["ConnectionStrings:eventbus"] = _eventBus(TrainingService.Name).ToString(),
                ["Network:GrpcAddress"] = Network.Server.BaseAddress.ToString(),
            },
            services =>
            {
                services.AddGrpcClient<RegionDirectory.RegionDirectoryClient>()
                    .ConfigurePrimaryHttpMessageHandler(() => Network.Server.CreateHandler());
                Identity.RouteKeyRequests(services);
                ConfigureTraining(services);
            });
        _ = Training.Server;
    }

    /// <summary>
    /// Starts Network's host on its database and broker — again after <see cref="StopNetworkAsync"/>, as a restarted
    /// service comes back to the queues that kept its events.
    /// </summary>
    public void StartNetwork()
    {
        Network = new ServiceFactory<NetworkProgram>(
            new Dictionary<string, string?>(ExtraSettings.Concat(Identity.ServiceSettings))
            {
                ["ConnectionStrings:networkdb"] = NetworkDatabase.ConnectionString,
                ["ConnectionStrings:eventbus"] = _eventBus(NetworkService::Justice.Network.NetworkService.Name).ToString(),
            },
            services =>
            {
                services.AddConsumeObserver(_ => NetworkConsumed);
                Identity.RouteKeyRequests(services);
                ConfigureNetwork(services);
            });
        _ = Network.Server;
    }

    /// <summary>Stops Network's host as an orchestrator stops the service: its durable queues stay on the broker.</summary>
    public ValueTask StopNetworkAsync() => Network.DisposeAsync();

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
