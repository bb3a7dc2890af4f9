using Justice.ServiceDefaults.Http;

namespace Justice.Gateway;

public static class GatewayService
{
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapReverseProxy();
        app.MapFallback(() => Problems.NotFound("Not found", "No API answers at this path."));
        return app;
    }
}
