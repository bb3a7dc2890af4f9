using MassTransit;
using Microsoft.EntityFrameworkCore;
using Justice.Api;
using Justice.Messaging;
using Justice.Persistence;
using Justice.Audit;
using Justice.Network.Api;
using Justice.Network.Data;
using Justice.Network.Grpc;
using Justice.Network.Messaging;
using Justice.Security;

namespace Justice.Network;

public static class NetworkService
{
    public const string Name = "network";
    public const string DatabaseName = "networkdb";

    public static WebApplicationBuilder AddNetwork(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();

        builder.AddJusticeApi(typeof(NetworkService).Assembly);
        builder.AddServiceDatabase<NetworkDbContext>(DatabaseName);
        // Network consumes Training's events and publishes none yet: no outbox, no dispatcher.
        builder.AddEventBus(Name, bus =>
        {
            bus.AddConsumer<PractitionerRegisteredConsumer, PractitionerRegisteredConsumerDefinition>();
            bus.AddConsumer<PractitionerTrainedConsumer, PractitionerTrainedConsumerDefinition>();
        });

        builder.AddJusticeAuthentication(Audiences.Network);
        builder.Services.AddSecurityAudit();
        builder.AddJusticeGrpc();
        return builder;
    }

    public static WebApplication MapNetwork(this WebApplication app)
    {
        app.UseJusticeApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapRegionsApi();
        // For other services and national dashboards: a token is required.
        app.MapGrpcService<RegionDirectoryService>().RequireAuthorization();
        app.MapJusticeGrpc();
        return app;
    }
}
