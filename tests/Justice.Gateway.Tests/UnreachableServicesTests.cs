using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Justice.Network.V1;
using Justice.Testing;
using Justice.Training.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Gateway.Tests;

/// <summary>
/// The real gateway (its appsettings.json, on Kestrel) in front of services that are not there: Training's REST and gRPC
/// destinations are a port nothing listens on (a killed process), Network's a listener that takes the connection and
/// never answers (a hung one), given up on after 2 s here. Routes are opened to anonymous callers, so that requests get
/// as far as the proxy. Both of the gateway's endpoints speak HTTP/2 only, for gRPC and REST alike.
/// </summary>
public sealed class GatewayWithDeadEnds : IAsyncLifetime
{
    private readonly SilentService _silent = new();
    private WebApplication _gateway = null!;

    public HttpClient Http { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var down = $"http://127.0.0.1:{FreePorts.Next()}";
        var silent = $"http://127.0.0.1:{_silent.Port}";
        var gateway = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        gateway.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:http:Url"] = "http://127.0.0.1:0",
            ["Kestrel:Endpoints:http:Protocols"] = "Http2",
            ["Kestrel:Endpoints:grpc:Url"] = "http://127.0.0.1:0",
            ["RateLimits:AnonymousRequestsPerWindow"] = "1000",
            ["ReverseProxy:Routes:training:AuthorizationPolicy"] = GatewayService.Anonymous,
            ["ReverseProxy:Routes:training-grpc:AuthorizationPolicy"] = GatewayService.Anonymous,
            ["ReverseProxy:Routes:network:AuthorizationPolicy"] = GatewayService.Anonymous,
            ["ReverseProxy:Routes:network-grpc:AuthorizationPolicy"] = GatewayService.Anonymous,
            ["ReverseProxy:Clusters:training:Destinations:training:Address"] = down,
            ["ReverseProxy:Clusters:training-grpc:Destinations:training:Address"] = down,
            ["ReverseProxy:Clusters:network:Destinations:network:Address"] = silent,
            ["ReverseProxy:Clusters:network:HttpRequest:ActivityTimeout"] = "00:00:02",
            ["ReverseProxy:Clusters:network-grpc:Destinations:network:Address"] = silent,
            ["ReverseProxy:Clusters:network-grpc:HttpRequest:ActivityTimeout"] = "00:00:02",
        });
        gateway.AddGateway();
        _gateway = gateway.Build();
        _gateway.MapGateway();
        await _gateway.StartAsync();

        var address = _gateway.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Far above the gateway's own limits: a client that gives up first fails the test instead of hiding a hang.
        Http = new HttpClient
        {
            BaseAddress = new Uri(address),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(30),
        };
        Channel = GrpcChannel.ForAddress(address);
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        Http.Dispose();
        await _gateway.DisposeAsync();
        _silent.Dispose();
    }

    /// <summary>Accepts every connection and never reads from or writes to it.</summary>
    private sealed class SilentService : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<Socket> _accepted = [];

        public SilentService()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    var socket = await _listener.AcceptSocketAsync();
                    lock (_accepted)
                    {
                        _accepted.Add(socket);
                    }
                }
            }
            catch (Exception stopped) when (stopped is ObjectDisposedException or SocketException)
            {
                // Disposed: the listener stopped.
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            lock (_accepted)
            {
                _accepted.ForEach(socket => socket.Dispose());
            }
        }
    }
}

/// <summary>
/// A service that is down or hung answers through the gateway at once or within its cluster's activity timeout: 503 or
/// 504 problem details for a portal, <c>Unavailable</c> or <c>DeadlineExceeded</c> for a national dashboard.
/// </summary>
public sealed class UnreachableServicesTests(GatewayWithDeadEnds gateway) : IClassFixture<GatewayWithDeadEnds>
{
    [Fact]
    public async Task A_REST_call_to_a_service_that_is_down_answers_503_problem_details()
    {
        using var response = await gateway.Http.GetAsync("/api/training/practitioners");

        await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "е недостъпна"); // no Accept-Language: Bulgarian
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task A_REST_call_to_a_service_that_never_answers_answers_504_problem_details()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/network/councils")
        {
            Version = gateway.Http.DefaultRequestVersion, VersionPolicy = gateway.Http.DefaultVersionPolicy,
        };
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await gateway.Http.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.GatewayTimeout, "n'a pas répondu à temps");
    }

    [Fact]
    public async Task A_gRPC_call_to_a_service_that_is_down_fails_Unavailable()
    {
        var client = new TrainingDirectory.TrainingDirectoryClient(gateway.Channel);
        using var patience = Patience();

        var failed = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetTrainingFiguresAsync(new GetTrainingFiguresRequest(), cancellationToken: patience.Token).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, failed.StatusCode);
        Assert.Contains("cannot be reached", failed.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gRPC_call_to_a_service_that_never_answers_fails_DeadlineExceeded()
    {
        var client = new RegionDirectory.RegionDirectoryClient(gateway.Channel);
        using var patience = Patience();

        var failed = await Assert.ThrowsAsync<RpcException>(() =>
            client.ListRegionsAsync(new ListRegionsRequest(), cancellationToken: patience.Token).ResponseAsync);

        Assert.Equal(StatusCode.DeadlineExceeded, failed.StatusCode);
        Assert.Contains("did not answer in time", failed.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cluster_gives_up_on_a_silent_service_within_10_seconds()
    {
        var clusters = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json").Build()
            .GetSection("ReverseProxy:Clusters").GetChildren();

        Assert.All(clusters, cluster =>
        {
            Assert.True(TimeSpan.TryParse(cluster["HttpRequest:ActivityTimeout"], out var timeout), $"{cluster.Key} has no ActivityTimeout");
            Assert.InRange(timeout, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        });
    }

    /// <summary>
    /// Cancels the call after 30 s: a client that gives up first fails the test instead of hiding a hang. Never a
    /// deadline, whose expiry would look like the gateway's own DeadlineExceeded.
    /// </summary>
    private static CancellationTokenSource Patience() => new(TimeSpan.FromSeconds(30));

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
