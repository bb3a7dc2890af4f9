extern alias NetworkService;

using Grpc.Health.V1;
using Grpc.Net.Client;
using Justice.Messaging.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Justice.Network.Tests;

/// <summary>What Network runs besides its API: its health, over HTTP and gRPC, and the dispatcher of its outbox.</summary>
public sealed class HostingTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public void Network_publishes_its_events_through_an_outbox_and_its_dispatcher()
    {
        var hosted = host.Services.GetServices<IHostedService>().Select(service => service.GetType()).ToList();

        Assert.Contains(hosted, type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(OutboxDispatcher<>));
        using var scope = host.Services.CreateScope();
        Assert.NotNull(scope.ServiceProvider.GetService<IOutbox>());
    }

    [Fact]
    public async Task The_gRPC_health_service_answers_SERVING_from_the_same_checks_as_health()
    {
        using var channel = GrpcChannel.ForAddress(host.Factory.Server.BaseAddress,
            new GrpcChannelOptions { HttpHandler = host.Factory.Server.CreateHandler() });

        var response = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        using var health = await host.CreateClient().GetAsync("/health");

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task The_broker_is_one_of_the_health_checks()
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, Assert.Contains("RabbitMQ.Client", report.Entries).Status);
    }
}
