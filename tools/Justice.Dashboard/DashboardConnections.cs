using Grpc.Net.Client;
using Justice.Monitoring.V1;

namespace Justice.Dashboard;

/// <summary>
/// How the dashboard reaches the gateway: real sockets by default; tests hand in the handlers of servers in memory
/// (the token endpoint's and the gRPC service's).
/// </summary>
public sealed class DashboardConnections(HttpMessageHandler? tokenHandler = null, HttpMessageHandler? grpcHandler = null)
{
    public static readonly TimeSpan TokenTimeout = TimeSpan.FromSeconds(15);

    public HttpClient TokenHttp() => new(tokenHandler ?? new SocketsHttpHandler(), disposeHandler: tokenHandler is null)
    {
        Timeout = TokenTimeout,
    };

    public GrpcChannel Channel(Uri address) => GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        HttpHandler = grpcHandler ?? new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        DisposeHttpClient = grpcHandler is null,
    });

    public static NationalDashboard.NationalDashboardClient Client(GrpcChannel channel) => new(channel);
}
