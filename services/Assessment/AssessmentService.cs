using Justice.Api;
using Justice.Assessment.Api.Victims;
using Justice.Assessment.Data;
using Justice.Assessment.Protection;
using Justice.Assessment.ReadAudit;
using Justice.Assessment.Victims;
using Justice.Audit;
using Justice.Messaging;
using Justice.Persistence;
using Justice.Security;

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
        builder.AddEventBus(Name);
        builder.AddOutbox<AssessmentDbContext>();

        builder.AddJusticeAuthentication(Audiences.Assessment);
        builder.Services.AddSecurityAudit();
        builder.Services.AddHttpContextAccessor();
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
