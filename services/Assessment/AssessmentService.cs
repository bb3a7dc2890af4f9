using Justice.Api;
using Justice.Assessment.Api.Assessments;
using Justice.Assessment.Api.Feedback;
using Justice.Assessment.Api.Overdue;
using Justice.Assessment.Api.Victims;
using Justice.Assessment.Data;
using Justice.Assessment.Feedback;
using Justice.Assessment.Grpc;
using Justice.Assessment.Protection;
using Justice.Assessment.ReadAudit;
using Justice.Assessment.Training;
using Justice.Assessment.Victims;
using Justice.Audit;
using Justice.Messaging;
using Justice.Persistence;
using Justice.Security;
using Justice.Training.V1;

namespace Justice.Assessment;

public static class AssessmentService
{
    public const string Name = "assessment";
    public const string DatabaseName = "assessmentdb";

    public static WebApplicationBuilder AddAssessment(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();

        builder.AddJusticeApi(typeof(AssessmentService).Assembly);
        builder.AddServiceDatabase<AssessmentDbContext>(DatabaseName, (services, options) => options.UseOutboxSignal(services));
        // It consumes one event only: a consumer asking for its past events again.
        builder.AddEventBus(Name, bus => bus.AddEventReplay<AssessmentDbContext>(Name));
        builder.AddOutbox<AssessmentDbContext>();

        builder.AddJusticeAuthentication(Audiences.Assessment);
        builder.Services.AddSecurityAudit();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOptions<AssessmentOptions>().BindConfiguration(AssessmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // "_grpc" picks Training's HTTP/2 endpoint through service discovery. The caller's own token goes along:
        // Training tells a practitioner about their own account only.
        builder.Services.AddGrpcClient<TrainingDirectory.TrainingDirectoryClient>(client =>
                client.Address = new Uri(builder.Configuration["Training:GrpcAddress"] ?? "http://_grpc.training"))
            .AddCallerToken();
        builder.Services.AddScoped<ITrainingCheck, TrainingCheck>();
        builder.Services.AddScoped<ScopedVictims>();
        builder.Services.AddScoped<IAssessedVictims>(services => services.GetRequiredService<ScopedVictims>());
        builder.Services.AddScoped<IVictimFacts>(services => services.GetRequiredService<ScopedVictims>());
        builder.Services.AddSingleton<AssessmentMetrics>();
        builder.Services.AddHostedService<OverdueCounter>();
        builder.Services.AddOptions<FeedbackOptions>().Bind(builder.Configuration.GetSection(FeedbackOptions.Section));
        builder.AddVictimProtection();
        builder.AddJusticeGrpc();
        builder.Services.AddJusticeOpenApi("Justice.Assessment",
            "Victims of crime and the individual assessment of their protection needs (Directive 2012/29/EU, "
            + "Articles 22-24). Every operation needs a bearer token from the identity service.");
        return builder;
    }

    /// <summary>
    /// The field keys (files under <c>Assessment:KeysPath</c>, by default <c>.keys</c> beside the service), the
    /// protector that encrypts victims' personal fields with them, their rotation, and the read log of those fields.
    /// </summary>
    private static void AddVictimProtection(this WebApplicationBuilder builder)
    {
        var keysPath = builder.Configuration["Assessment:KeysPath"] ?? Path.Combine(builder.Environment.ContentRootPath, ".keys");
        builder.Services.AddSingleton(_ => new FieldKeys(keysPath));
        builder.Services.AddSingleton<FieldProtector>();
        builder.Services.AddSingleton<KeyRotation>();
        builder.Services.AddSingleton<VictimReadAudit>();
        builder.Services.AddScoped<VictimServices>();
        builder.Services.AddScoped<VictimDirectory>();
    }

    public static WebApplication MapAssessment(this WebApplication app)
    {
        app.UseJusticeApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        var api = app.MapGroup("/api/assessment").WithRequestValidation();
        api.MapAssessmentsApi();
        api.MapOverdueAssessmentsApi();
        // For other services and national dashboards.
        app.MapGrpcService<AssessmentDirectoryService>()
            .RequireAuthorization(policy => policy.RequireRole(AssessmentDirectoryService.Callers));
        api.MapFeedbackCodesApi();
        api.MapFeedbackApi();
        api.MapVictimsApi();
        api.MapKeysApi();
        api.MapReadAuditApi();
        app.MapJusticeGrpc();
        if (app.Environment.IsDevelopment())
        {
            app.MapJusticeOpenApi();
        }
        return app;
    }
}
