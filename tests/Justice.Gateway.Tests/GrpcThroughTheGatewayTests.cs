using System.Net;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Justice.Security;
using Justice.Training.V1;
using Microsoft.Extensions.Configuration;
using V1 = Grpc.Reflection.V1;
using V1Alpha = Grpc.Reflection.V1Alpha;

namespace Justice.Gateway.Tests;

/// <summary>
/// A national dashboard on the gateway's gRPC port: reflection shows every service of every contract (answered by the
/// gateway itself), the services' calls go on to the service that owns them, and the sign-in page and the public
/// website's contracts need no token.
/// </summary>
public sealed class GrpcThroughTheGatewayTests(GatewayWithGrpc gateway) : IClassFixture<GatewayWithGrpc>
{
    private static readonly string[] Reflection = ["grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"];

    /// <summary>The contracts the public website calls without a token; every other one needs a signed-in caller.</summary>
    private static readonly string[] Public = ["justice.network.v1.InstitutionDirectory", "justice.training.v1.SessionCalendar"];

    [Fact]
    public async Task Reflection_lists_every_service_of_every_contract_and_itself()
    {
        var response = await AskAsync(new V1.ServerReflectionRequest { ListServices = "" });

        var listed = response.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal);
        var declared = Contracts.Services.Select(s => s.FullName).Concat(Reflection).Order(StringComparer.Ordinal);
        Assert.Equal(declared, listed);
        Assert.Contains("justice.network.v1.RegionDirectory", listed);
        Assert.Contains("justice.training.v1.TrainingDirectory", listed);
    }

    [Fact]
    public async Task The_older_reflection_protocol_lists_the_same_services()
    {
        using var call = new V1Alpha.ServerReflection.ServerReflectionClient(gateway.Channel)
            .ServerReflectionInfo(GatewayWithGrpc.Bearer(gateway.Token(Roles.Evaluator)));
        await call.RequestStream.WriteAsync(new V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var listed = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal);
        Assert.Equal(Contracts.Services.Select(s => s.FullName).Concat(Reflection).Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public async Task Reflection_describes_each_service_as_its_proto_file_declares_it()
    {
        foreach (var file in Contracts.Files)
        {
            foreach (var service in file.Services)
            {
                var response = await AskAsync(new V1.ServerReflectionRequest { FileContainingSymbol = service.FullName });

                // The file comes with the files it imports (google/protobuf/timestamp.proto, say), as the protocol allows.
                var files = response.FileDescriptorResponse.FileDescriptorProto.Select(FileDescriptorProto.Parser.ParseFrom).ToList();
                var described = Assert.Single(files, f => f.Name == file.Name);
                Assert.All(files.Where(f => f != described), dependency => Assert.Contains(dependency.Name, described.Dependency));
                Assert.Equal(file.Package, described.Package);
                var methods = Assert.Single(described.Service, s => $"{file.Package}.{s.Name}" == service.FullName).Method;
                Assert.Equal(service.Methods, methods.Select(m => m.Name));
            }
        }
    }

    [Fact]
    public async Task Reflection_needs_a_token()
    {
        using var call = new V1.ServerReflection.ServerReflectionClient(gateway.Channel).ServerReflectionInfo();
        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(new V1.ServerReflectionRequest { ListServices = "" });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Fact]
    public async Task A_TrainingDirectory_call_reaches_Training_with_the_callers_token()
    {
        var token = gateway.Token(Roles.NationalAdmin);

        var figures = await new TrainingDirectory.TrainingDirectoryClient(gateway.Channel)
            .GetTrainingFiguresAsync(new GetTrainingFiguresRequest { RegionCode = "BG-05" }, GatewayWithGrpc.Bearer(token));

        Assert.Equal(980, figures.PractitionersTrained);
        Assert.Contains(("/justice.training.v1.TrainingDirectory/GetTrainingFigures", $"Bearer {token}"), gateway.TrainingCalls.All);
    }

    [Fact]
    public async Task A_SessionCalendar_call_reaches_Training_without_a_token()
    {
        var calendar = await new SessionCalendar.SessionCalendarClient(gateway.Channel)
            .ListUpcomingSessionsAsync(new ListUpcomingSessionsRequest { RegionCode = "BG-05" });

        Assert.Equal("BG-05", Assert.Single(calendar.Sessions).RegionCode);
        Assert.Contains(("/justice.training.v1.SessionCalendar/ListUpcomingSessions", ""), gateway.TrainingCalls.All);
    }

    [Fact]
    public async Task A_TrainingDirectory_call_without_a_token_stops_at_the_gateway()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await new TrainingDirectory.TrainingDirectoryClient(gateway.Channel)
            .GetTrainingFiguresAsync(new GetTrainingFiguresRequest { RegionCode = "BG-05" }));

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.DoesNotContain(gateway.TrainingCalls.All, call => call.Method.EndsWith("/GetTrainingFigures", StringComparison.Ordinal)
            && call.Authorization.Length == 0);
    }

    [Fact]
    public void Every_contracts_service_has_a_route_to_its_owners_gRPC_endpoint()
    {
        var proxy = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json").Build()
            .GetSection("ReverseProxy");

        foreach (var file in Contracts.Files)
        {
            foreach (var service in file.Services)
            {
                var route = Assert.Single(proxy.GetSection("Routes").GetChildren(),
                    r => r["Match:Path"] == $"/{service.FullName}/{{**rest}}");
                Assert.Equal(Public.Contains(service.FullName) ? "anonymous" : "default", route["AuthorizationPolicy"]);
                var cluster = proxy.GetSection($"Clusters:{route["ClusterId"]}");
                Assert.Equal("2", cluster["HttpRequest:Version"]);
                Assert.Equal($"http://_grpc.{file.Owner}", Assert.Single(cluster.GetSection("Destinations").GetChildren())["Address"]);
            }
        }
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task The_sign_in_page_is_reached_without_a_token(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/account/login")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var response = await gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"sign-in page ({method})", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_password_change_before_a_first_sign_in_is_reached_without_a_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/password")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var response = await gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("password change", await response.Content.ReadAsStringAsync());
    }

    private async Task<V1.ServerReflectionResponse> AskAsync(V1.ServerReflectionRequest request)
    {
        using var call = new V1.ServerReflection.ServerReflectionClient(gateway.Channel)
            .ServerReflectionInfo(GatewayWithGrpc.Bearer(gateway.Token(Roles.NationalAdmin)));
        await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        return call.ResponseStream.Current;
    }
}
