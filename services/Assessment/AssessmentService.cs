using Justice.Api;
using Justice.Assessment.Api.Feedback;
using Justice.Assessment.Data;
using Justice.Assessment.Feedback;
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
        builder.Services.AddOptions<FeedbackOptions>().Bind(builder.Configuration.GetSection(FeedbackOptions.Section));
        builder.AddJusticeGrpc();
        builder.Services.AddJusticeOpenApi("Justice.Assessment",
            "Victims of crime and the individual assessment of their protection needs (Directive 2012/29/EU, "
            + "Articles 22-24). Every operation needs a bearer token from the identity service.");
        return builder;
    }

    public static WebApplication MapAssessment(this WebApplication app)
    {
        app.UseJusticeApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        var api = app.MapGroup("/api/assessment").WithRequestValidation();
        api.MapFeedbackCodesApi();
        api.MapFeedbackApi();
        app.MapJusticeGrpc();
        if (app.Environment.IsDevelopment())
        {
            app.MapJusticeOpenApi();
        }
        return app;
    }
}
