using MassTransit;
using Microsoft.EntityFrameworkCore;
using Justice.Api;
using Justice.Messaging;
using Justice.Persistence;
using Justice.Audit;
using Justice.Network.Api.Institutions;
using Justice.Network.Api.Regions;
using Justice.Network.Api.Teams;
using Justice.Network.Consumers;
using Justice.Network.Data;
using Justice.Network.Domain.Teams;
using Justice.Network.Grpc;
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
        builder.AddServiceDatabase<NetworkDbContext>(DatabaseName, (services, options) => options.UseOutboxSignal(services));
        // Network consumes Training's and Assessment's events, and publishes its own through the outbox.
        builder.AddEventBus(Name, bus =>
        {
            bus.AddConsumer<PractitionerRegisteredConsumer, BoundedRetry<PractitionerRegisteredConsumer>>();
            bus.AddConsumer<PractitionerTrainedConsumer, BoundedRetry<PractitionerTrainedConsumer>>();
        });
        builder.AddOutbox<NetworkDbContext>();
        builder.Services.AddScoped<TeamReevaluation>();

        builder.AddJusticeAuthentication(Audiences.Network);
        builder.Services.AddSecurityAudit();
        builder.AddJusticeGrpc();
        builder.Services.AddJusticeOpenApi("Justice.Network",
            "Bulgaria's 28 judicial regions (public reference data, names in the reader's language) and the pools of "
            + "practitioners from which each region's territorial team is formed. Read-only: the pools follow Training's events.");
        return builder;
    }

    public static WebApplication MapNetwork(this WebApplication app)
    {
        app.UseJusticeApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        var api = app.MapGroup("/api/network").WithRequestValidation();
        api.MapRegionsApi();
        api.MapInstitutionsApi();
        api.MapTeamApi();
        // For other services and national dashboards: a token is required.
        app.MapGrpcService<RegionDirectoryService>().RequireAuthorization();
        app.MapJusticeGrpc();
        if (app.Environment.IsDevelopment())
        {
            app.MapJusticeOpenApi();
        }
        return app;
    }
}
