using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Justice.Api;

/// <summary>How a service offers gRPC: its services, server reflection, and the standard health service.</summary>
public static class GrpcDefaults
{
    /// <summary>
    /// gRPC (a database outage failing a call <c>Unavailable</c>, see <see cref="DatabaseOutageStatus"/>), server
    /// reflection, and <c>grpc.health.v1.Health</c>, which answers from the service's ASP.NET Core health checks:
    /// <c>NOT_SERVING</c> when one is unhealthy (database, broker, ...), as <c>/health</c> answers 503 then.
    /// </summary>
    public static IHostApplicationBuilder AddJusticeGrpc(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpc(grpc => grpc.Interceptors.Add<DatabaseOutageStatus>());
        builder.Services.AddGrpcReflection();
        // The server as a whole (service ""), answered from every check, as /health is; recomputed on each Check.
        builder.Services.AddGrpcHealthChecks(health => health.Services.Map("", _ => true));
        return builder;
    }

    /// <summary>Maps server reflection and the health service; the service maps its own gRPC services.</summary>
    public static WebApplication MapJusticeGrpc(this WebApplication app)
    {
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        return app;
    }

    /// <summary>
    /// A gRPC client of another service inside the cluster (h2c) that passes the current request's bearer token on, so
    /// the other service decides again what this caller may see.
    /// </summary>
    public static IHttpClientBuilder AddCallerToken(this IHttpClientBuilder client) =>
        client.AddCallCredentials((_, metadata, services) =>
            {
                var authorization = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers.Authorization.ToString();
                if (!string.IsNullOrEmpty(authorization))
                {
                    metadata.Add("Authorization", authorization);
                }
                return Task.CompletedTask;
            })
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
}
