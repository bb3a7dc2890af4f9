using Justice.Messaging;
using Justice.Network.V1;
using Justice.Training.Api;
using Justice.Training.Data;
using Justice.Training.Network;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training;

public static class TrainingService
{
    public const string Name = "training";
    public const string DatabaseName = "trainingdb";

    public static WebApplicationBuilder AddTraining(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();

        builder.Services.AddDbContextPool<TrainingDbContext>((services, options) => options
            .UseNpgsql(builder.Configuration.GetConnectionString(DatabaseName))
            .UseOutboxSignal(services));
        // Telemetry and health from Aspire; no retrying strategy, since the outbox uses explicit transactions.
        builder.EnrichNpgsqlDbContext<TrainingDbContext>(settings => settings.DisableRetry = true);
        builder.Services.AddDatabaseMigrator<TrainingDbContext>();

        builder.AddJusticeMessaging<TrainingDbContext>(Name);

        // "_grpc" picks Network's HTTP/2 endpoint through service discovery.
        builder.Services.AddGrpcClient<RegionDirectory.RegionDirectoryClient>(client =>
            client.Address = new Uri(builder.Configuration["Network:GrpcAddress"] ?? "http://_grpc.network"));
        builder.Services.AddScoped<RegionCatalog>();
        return builder;
    }

    public static WebApplication MapTraining(this WebApplication app)
    {
        app.UseServiceDefaultsWithLocalization();
        app.MapDefaultEndpoints();
        app.MapPractitionersApi();
        return app;
    }
}
