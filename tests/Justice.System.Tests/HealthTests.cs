using Aspire.Hosting.Testing;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Justice.SystemTests;

/// <summary>The services' health as the platform probes it, on their own endpoints.</summary>
[Collection(WholeSystemCollection.Name)]
public sealed class HealthTests(WholeSystem system)
{
    [Theory]
    [InlineData("training")]
    [InlineData("network")]
    public async Task The_gRPC_health_service_answers_SERVING(string service)
    {
        using var channel = GrpcChannel.ForAddress(system.App.GetEndpoint(service, "grpc"));

        var response = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }
}
