using MassTransit;
using Microsoft.EntityFrameworkCore;
using Justice.Messaging;
using Justice.Messaging.Audit;
using Justice.Network.Api;
using Justice.Network.Data;
using Justice.Network.Grpc;
using Justice.Network.Messaging;
using Justice.ServiceDefaults.Security;

namespace Justice.Network;

public static class NetworkService
{
    public const string Name = "network";
    public const string DatabaseName = "networkdb";

    public static WebApplicationBuilder AddNetwork(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();

        builder.Services.AddDbContextPool<NetworkDbContext>((services, options) => options
            .UseNpgsql(builder.Configuration.GetConnectionString(DatabaseName))
            .UseOutboxSignal(services));
        // Telemetry and health from Aspire; no retrying strategy, since the inbox uses explicit transactions.
        builder.EnrichNpgsqlDbContext<NetworkDbContext>(settings => settings.DisableRetry = true);
        builder.Services.AddDatabaseMigrator<NetworkDbContext>();

        builder.AddJusticeMessaging<NetworkDbContext>(Name, bus =>
        {
            bus.AddConsumer<PractitionerRegisteredConsumer, PractitionerRegisteredConsumerDefinition>();
            bus.AddConsumer<PractitionerTrainedConsumer, PractitionerTrainedConsumerDefinition>();
        });

        builder.AddJusticeAuthentication(Audiences.Network);
        builder.Services.AddAuditedAuthorization<NetworkDbContext>();
        builder.Services.AddGrpc();
        builder.Services.AddGrpcReflection();
        return builder;
    }

    public static WebApplication MapNetwork(this WebApplication app)
    {
        app.UseServiceDefaultsWithLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapRegionsApi();
        // For other services and national dashboards: a token is required.
        app.MapGrpcService<RegionDirectoryService>().RequireAuthorization();
        app.MapGrpcReflectionService();
        return app;
    }
}
