using Justice.Messaging;
using Justice.Messaging.Audit;
using Justice.Network.V1;
using Justice.Training.Api;
using Justice.Training.Data;
using Justice.Training.Grpc;
using Justice.Training.Network;
using Justice.ServiceDefaults.Security;
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

        builder.AddJusticeAuthentication(Audiences.Training);
        builder.Services.AddAuditedAuthorization<TrainingDbContext>();
        builder.Services.AddHttpContextAccessor();
        // "_grpc" picks Network's HTTP/2 endpoint through service discovery. The caller's own token goes
        // along: Network decides again what it may see.
        builder.Services.AddGrpcClient<RegionDirectory.RegionDirectoryClient>(client =>
                client.Address = new Uri(builder.Configuration["Network:GrpcAddress"] ?? "http://_grpc.network"))
            .AddCallCredentials((_, metadata, services) =>
            {
                var authorization = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers.Authorization.ToString();
                if (!string.IsNullOrEmpty(authorization))
                {
                    metadata.Add("Authorization", authorization);
                }
                return Task.CompletedTask;
            })
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true); // h2c inside the cluster
        builder.Services.AddScoped<RegionCatalog>();
        builder.Services.AddScoped<CertificateLinks>();
        builder.Services.AddGrpc();
        builder.Services.AddGrpcReflection();
        builder.Services.AddSingleton<TrainingMetrics>();
        builder.Services.AddTrainingOpenApi();
        return builder;
    }

    public static WebApplication MapTraining(this WebApplication app)
    {
        app.UseServiceDefaultsWithLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapPractitionersApi();
        app.MapDecisionMakersApi();
        app.MapCompetencyFrameworkApi();
        app.MapSessionsApi();
        app.MapEnrolmentsApi();
        app.MapLearningApi();
        app.MapCertificatesApi();
        app.MapMyTrainingApi();
        app.MapSupervisionApi();
        app.MapMaterialsApi();
        // For other services and national dashboards: a token of a national, service or coordinator caller.
        app.MapGrpcService<TrainingDirectoryService>()
            .RequireAuthorization(policy => policy.RequireRole(TrainingDirectoryService.Callers));
        app.MapGrpcReflectionService();
        if (app.Environment.IsDevelopment())
        {
            app.MapTrainingOpenApi();
        }
        return app;
    }
}
