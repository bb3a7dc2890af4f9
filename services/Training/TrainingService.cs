using Justice.Api;
using Justice.Messaging;
using Justice.Persistence;
using Justice.Audit;
using Justice.Network.V1;
using Justice.Training.Accounts;
using Justice.Training.Api;
using Justice.Training.Api.Certificates;
using Justice.Training.Api.CompetencyFramework;
using Justice.Training.Api.DecisionMakers;
using Justice.Training.Api.Materials;
using Justice.Training.Api.Me;
using Justice.Training.Api.Practitioners;
using Justice.Training.Api.Sessions;
using Justice.Training.Api.Supervision;
using Justice.Training.Data;
using Justice.Training.Grpc;
using Justice.Training.Regions;
using Justice.Security;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training;

public static class TrainingService
{
    public const string Name = "training";
    public const string DatabaseName = "trainingdb";

    public static WebApplicationBuilder AddTraining(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();

        builder.AddJusticeApi(typeof(TrainingService).Assembly);
        builder.AddServiceDatabase<TrainingDbContext>(DatabaseName, (services, options) => options.UseOutboxSignal(services));
        // It consumes one event only: a consumer asking for its past events again.
        builder.AddEventBus(Name, bus => bus.AddEventReplay<TrainingDbContext>(Name));
        builder.AddOutbox<TrainingDbContext>();

        builder.AddJusticeAuthentication(Audiences.Training);
        builder.Services.AddSecurityAudit();
        builder.Services.AddHttpContextAccessor();
        // "_grpc" picks Network's HTTP/2 endpoint through service discovery. The caller's own token goes
        // along: Network decides again what it may see.
        builder.Services.AddGrpcClient<RegionDirectory.RegionDirectoryClient>(client =>
                client.Address = new Uri(builder.Configuration["Network:GrpcAddress"] ?? "http://_grpc.network"))
            .AddCallerToken();
        // The regions are held in memory, fetched again as they age or when a code is not among them.
        builder.Services.AddSingleton<RegionCatalog>();
        builder.Services.AddScoped<AccountDirectory>();
        builder.Services.AddScoped<CertificateLinks>();
        builder.Services.AddScoped<SessionFinder>();
        builder.Services.AddScoped<Participants>();
        builder.AddJusticeGrpc();
        builder.Services.AddSingleton<TrainingMetrics>();
        builder.Services.AddJusticeOpenApi("Justice.Training",
            "Practitioners and their training in the programme \"Justice befriends the child\". "
            + "Every operation but certificate verification needs a bearer token from the identity service.");
        return builder;
    }

    public static WebApplication MapTraining(this WebApplication app)
    {
        app.UseJusticeApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        var api = app.MapGroup("/api/training").WithRequestValidation();
        api.MapPractitionersApi();
        api.MapDecisionMakersApi();
        api.MapCompetencyFrameworkApi();
        api.MapMaterialsApi();
        api.MapSessionsApi();
        api.MapCertificatesApi();
        api.MapSupervisionApi();
        api.MapMyTrainingApi();
        // For other services and national dashboards: a token of a national, service or coordinator caller.
        app.MapGrpcService<TrainingDirectoryService>()
            .RequireAuthorization(policy => policy.RequireRole(TrainingDirectoryService.Callers));
        // For the public website's calendar: sessions to come and their free seats, no token.
        app.MapGrpcService<SessionCalendarService>().AllowAnonymous();
        app.MapJusticeGrpc();
        if (app.Environment.IsDevelopment())
        {
            app.MapJusticeOpenApi();
        }
        return app;
    }
}
