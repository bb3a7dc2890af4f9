using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Justice.Gateway;

public static class GatewayService
{
    /// <summary>Route policy for public data (the regions, the token endpoint, the published keys).</summary>
    public const string Anonymous = "anonymous";

    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        // The edge holds clients to the published limits; services behind it allow for the headers the gateway adds.
        builder.Services.Replace(ServiceDescriptor.Singleton(HeaderLimits.Published));
        // The gateway's own answers read in the reader's language; the services' answers say theirs in Content-Language,
        // which the gateway must not add to.
        builder.Services.Configure<RequestLocalizationOptions>(options => options.ApplyCurrentCultureToResponseHeaders = false);
        // Any service's audience: the gateway checks the token is genuine; each service checks it is for it.
        builder.AddJusticeAuthentication([.. Audiences.All]);
        builder.Services.AddGatewayRateLimits(builder.Configuration);
        builder.Services.AddGatewayGrpcReflection();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            // A service that vanished without closing its port is given up on soon; one that accepted the connection
            // and is silent waits only its cluster's HttpRequest.ActivityTimeout (appsettings.json), not YARP's 100 s.
            .ConfigureHttpClient((_, handler) => handler.ConnectTimeout = DestinationFailures.ConnectTimeout)
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }

    /// <summary>A route's metadata key: "true" keeps the Content-Security-Policy its service sends.</summary>
    public const string ContentSecurityPolicyRelayed = "RelayContentSecurityPolicy";

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseServiceDefaults();
        app.UseMiddleware<IdentityHeaders>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapGatewayGrpcReflection();
        // A route's own body limit (training materials' uploads: 20 MiB + 64 KiB) replaces the 64 KiB default, both in
        // the early 413 check and in the server's limit while YARP streams the body on.
        app.MapReverseProxy(proxy =>
        {
            proxy.UseDestinationFailures();
            // YARP's own pipeline, which a custom one must name again.
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        }).ConfigureEndpoints((endpoint, route) =>
        {
            if (route.MaxRequestBodySize is { } max)
            {
                endpoint.WithMetadata(new BodySizeLimit(max < 0 ? null : max));
            }
            // The public website's pages keep the policy the publicity service gives them (their own stylesheet and script).
            if (route.Metadata?.GetValueOrDefault(ContentSecurityPolicyRelayed) == "true")
            {
                endpoint.WithMetadata(ContentSecurityPolicyMetadata.Relayed);
            }
        });
        app.MapFallback(() => Problems.NotFound(ReaderLanguage.Pick(
            "Не е намерено",
            "Not found",
            "Introuvable"), ReaderLanguage.Pick(
                "На този път не отговаря нито един API.",
                "No API answers at this path.",
                "Aucune API ne répond à ce chemin.")));
        return app;
    }
}
