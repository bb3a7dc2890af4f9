using MassTransit;
using Microsoft.EntityFrameworkCore;
using Justice.Api;
using Justice.Messaging;
using Justice.Persistence;
using Justice.Audit;
using Justice.Network.Teams;
using Justice.Network.Api.Cooperation;
using Justice.Network.Api.Cases;
using Justice.Network.Api.Referrals;
using Justice.Network.Api.Councils;
using Justice.Network.Api.Meetings;
using Justice.Network.Api.Institutions;
using Justice.Network.Api.Regions;
using Justice.Network.Api.Teams;
using Justice.Network.Consumers;
using Justice.Network.Cooperation;
using Justice.Network.Data;
using Justice.Network.Domain.Cases;
using Justice.Network.Domain.Teams;
using Justice.Network.Grpc;
using Justice.Network.Reference;
using Justice.Network.Referrals;
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
        builder.AddServiceDatabase<NetworkDbContext>(DatabaseName, (services, options) => options.UseOutboxSignal(services)
            .AddInterceptors(services.GetRequiredService<CaseRescoring>(), services.GetRequiredService<JudicialRegionChanges>()));
        // The regions are read from memory; a save that changes one has them read again.
        builder.Services.AddSingleton<JudicialRegions>();
        builder.Services.AddSingleton<JudicialRegionChanges>();
        builder.Services.AddSingleton<RegionAnswers>();
        // Every save that bears on a case scores it again, in the same transaction.
        builder.Services.AddSingleton<CaseScoring>();
        builder.Services.AddSingleton<CaseRescoring>();
        // Network consumes Training's and Assessment's events, and publishes its own through the outbox.
        builder.AddEventBus(Name, bus =>
        {
            bus.AddConsumer<PractitionerRegisteredConsumer>();
            bus.AddConsumer<PractitionerTrainedConsumer>();
            bus.AddConsumer<AssessmentCompletedConsumer>();
            bus.AddConsumer<MeasureDecidedConsumer>();
            bus.AddConsumer<MeasureAppliedConsumer>();
            bus.AddEventReplay<NetworkDbContext>(Name);
        });
        builder.AddOutbox<NetworkDbContext>();
        builder.Services.AddOptions<CaseOptions>().BindConfiguration(CaseOptions.Section).ValidateDataAnnotations()
            .Validate(options => options.HasPositiveTimes(), "Planning conference times must be positive.").ValidateOnStart();
        builder.AddReferrals();
        builder.Services.AddScoped<TeamReevaluation>();

        builder.AddJusticeAuthentication(Audiences.Network);
        builder.Services.AddSecurityAudit();
        builder.Services.AddSingleton<NetworkMetrics>();
        builder.Services.AddHostedService<EffectiveShareCounter>();
        builder.AddJusticeGrpc();
        builder.Services.AddJusticeOpenApi("Justice.Network",
            "Bulgaria's 28 judicial regions (public reference data, names in the reader's language), each region's institutions, "
            + "territorial team and support councils, and cooperation on victims' cases (referrals, case conferences, forensic "
            + "interviews, the information given), scored for effective cooperation. Cases know a victim only by Assessment's "
            + "pseudonymous id.");
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
        api.MapCooperationFiguresApi();
        api.MapCasesApi();
        api.MapReferralsApi();
        api.MapCouncilsApi();
        api.MapMeetingsApi();
        api.MapInstitutionsApi();
        api.MapTeamApi();
        // For other services and national dashboards: a token is required.
        app.MapGrpcService<RegionDirectoryService>().RequireAuthorization();
        app.MapGrpcService<CooperationDirectoryService>().RequireAuthorization(policy => policy.RequireRole(CooperationDirectoryService.Callers));
        // For the public website: an institution's public contact data, no token.
        app.MapGrpcService<InstitutionDirectoryService>().AllowAnonymous();
        app.MapJusticeGrpc();
        if (app.Environment.IsDevelopment())
        {
            app.MapJusticeOpenApi();
        }
        return app;
    }
}
