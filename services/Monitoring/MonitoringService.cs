using Justice.Api;
using Justice.Audit;
using Justice.Messaging;
using Justice.Monitoring.Api;
using Justice.Monitoring.Api.Findings;
using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;
using Justice.Monitoring.Grpc;
using Justice.Monitoring.Messaging;
using Justice.Monitoring.ReadModel;
using Justice.Persistence;
using Justice.Security;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Justice.Monitoring;

public static class MonitoringService
{
    public const string Name = "monitoring";
    public const string DatabaseName = "monitoringdb";

    public static WebApplicationBuilder AddMonitoring(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();

        builder.AddJusticeApi(typeof(MonitoringService).Assembly);
        builder.AddServiceDatabase<MonitoringDbContext>(DatabaseName, (services, options) => options.UseOutboxSignal(services));
        builder.Services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(provider =>
            new EventProjections(provider.GetRequiredService<IOptions<MonitoringOptions>>().Value.AssessmentDeadlineDays));

        // The read model: counts written by the consumers, held in memory for every query, read again on each change.
        builder.Services.AddScoped<ReadModelWriter>();
        builder.Services.AddScoped<ConsumerParts>();
        builder.Services.AddSingleton<LiveReadModel>();
        builder.Services.AddSingleton<CountsReader>();
        builder.Services.AddHostedService<ReadModelRefresher>();
        builder.Services.AddHostedService<ChangeListener>();
        builder.Services.AddSingleton<MonitoringMetrics>();

        // Every integration event the programme counts; the one it publishes asks the others for their past events.
        builder.AddEventBus(Name, bus => bus.AddConsumers(typeof(CountingConsumer<>).Assembly));
        builder.AddOutbox<MonitoringDbContext>();
        builder.Services.AddScoped<CatchUp>();
        builder.Services.AddHostedService<CatchUpOnStart>();

        builder.AddJusticeAuthentication(Audiences.Monitoring);
        builder.Services.AddSecurityAudit();
        builder.AddJusticeGrpc();
        builder.Services.AddJusticeOpenApi("Justice.Monitoring",
            "The programme's indicators against its targets (practitioners and decision makers trained, territorial teams formed, "
            + "victims assessed, effective cooperation, participants in public events), nationally and for each of the 28 judicial "
            + "regions, month by month, with the counts behind them. Built from the other services' integration events only: "
            + "figures and codes, never a person; and what internal monitoring and the external evaluation found, month by month, "
            + "with the monthly report as PDF. Findings are about the programme: their free texts must never hold victims' personal data.");
        return builder;
    }

    public static WebApplication MapMonitoring(this WebApplication app)
    {
        app.UseJusticeApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        var api = app.MapGroup("/api/monitoring").WithRequestValidation();
        api.MapIndicatorsApi();
        api.MapTargetsApi();
        api.MapFindingsApi();
        api.MapReportsApi();
        api.MapCatchUpApi();
        app.MapGrpcService<NationalDashboardService>().RequireAuthorization(policy => policy.RequireRole(NationalDashboardService.Callers));
        app.MapJusticeGrpc();
        if (app.Environment.IsDevelopment())
        {
            app.MapJusticeOpenApi();
        }
        return app;
    }
}
