using Justice.Api;
using Justice.Audit;
using Justice.Messaging;
using Justice.Publicity.Api.Films;
using Justice.Publicity.Api.Publications;
using Justice.Persistence;
using Justice.Publicity.Api.Events;
using Justice.Publicity.Data;
using Justice.Publicity.Mail;
using Justice.Publicity.Participation;
using Justice.Publicity.Website;
using Justice.Security;
using Microsoft.Extensions.Options;

namespace Justice.Publicity;

public static class PublicityService
{
    public const string Name = "publicity";
    public const string DatabaseName = "publicitydb";

    public static WebApplicationBuilder AddPublicity(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();

        builder.AddJusticeApi(typeof(PublicityService).Assembly);
        builder.AddServiceDatabase<PublicityDbContext>(DatabaseName, (services, options) => options.UseOutboxSignal(services));
        builder.Services.AddOptions<PublicityOptions>().BindConfiguration(PublicityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PublicityMetrics>();

        // Mail leaves through a table written in the same transaction as what it announces, and is sent from there.
        builder.AddMail();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<PublicityOptions>>().Value;
            return new ParticipantMails(options.PublicAddress, options.ConfirmationValidFor);
        });
        builder.Services.AddScoped<EventSeats>();
        builder.Services.AddScoped<EventRegistrations>();
        builder.AddWebsite();

        // Publicity consumes no event; it publishes its own through the outbox, and again when a read model asks.
        builder.AddEventBus(Name, bus => bus.AddEventReplay<PublicityDbContext>(Name));
        builder.AddOutbox<PublicityDbContext>();

        builder.AddJusticeAuthentication(Audiences.Publicity);
        builder.Services.AddSecurityAudit();
        builder.Services.AddJusticeOpenApi("Justice.Publicity",
            "The programme's publicity: public events (regional press conferences, round tables, the national conference) with "
            + "registration open to anyone, confirmed by a code sent by e-mail, and attendance; articles, press releases and "
            + "publications in Bulgarian, English and French; the training film. What is published is public; participants' "
            + "names and e-mail addresses are seen only by publicity editors and national admins, and erased on request.");
        return builder;
    }

    public static WebApplication MapPublicity(this WebApplication app)
    {
        app.UseJusticeApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapWebsite();
        var api = app.MapGroup("/api/publicity").WithRequestValidation();
        api.MapPublicEventsApi();
        api.MapRegistrationsApi();
        api.MapPublicationsApi();
        api.MapFilmsApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapJusticeOpenApi();
        }
        return app;
    }
}
