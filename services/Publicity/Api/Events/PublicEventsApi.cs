using Justice.Api;
using Justice.Audit;
using Justice.Contracts.Events;
using Justice.Messaging.Outbox;
using Justice.Publicity.Data;
using Justice.Publicity.Domain.Events;
using Justice.Publicity.Participation;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Api.Events;

/// <summary>
/// Public events (<c>/events</c>): anyone reads them, without an account; publicity editors and national admins plan,
/// change and cancel them, and record who attended, which tells the programme's monitoring (<c>PublicEventHeld</c>).
/// </summary>
public static class PublicEventsApi
{
    public static readonly string[] Editors = [Roles.PublicityEditor, Roles.NationalAdmin];

    public static RouteGroupBuilder MapPublicEventsApi(this IEndpointRouteBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Public events");

        events.MapGet("/", List).AllowAnonymous()
            .WithName("ListPublicEvents")
            .WithSummary("Events to come, soonest first (?past=true: those that have started, latest first; ?region=BG-05: that region's and the national ones), a page at a time. No account needed.")
            .ProducesValidationProblem();
        events.MapGet("/{id:guid}", Get).AllowAnonymous()
            .WithName("GetPublicEvent")
            .WithSummary("One event, with its seats left. No account needed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        events.MapGet("/consent", ConsentWording).AllowAnonymous()
            .WithName("GetRegistrationConsent")
            .WithSummary("The consent a registration gives, in the reader's language (Accept-Language): the form shows it, the registration stores it.");
        events.MapPost("/", Create).RequireAuthorization(policy => policy.RequireRole(Editors))
            .WithName("CreatePublicEvent")
            .WithSummary("Plans a public event (publicity editors, national admins).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        events.MapPut("/{id:guid}", Update).RequireAuthorization(policy => policy.RequireRole(Editors))
            .WithName("UpdatePublicEvent")
            .WithSummary("Replaces a scheduled event's details; more seats go to those waiting (publicity editors, national admins).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPost("/{id:guid}/cancellation", Cancel).RequireAuthorization(policy => policy.RequireRole(Editors))
            .WithName("CancelPublicEvent")
            .WithSummary("Cancels a scheduled event; every participant registered is told by mail (publicity editors, national admins).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapPut("/{id:guid}/attendance", RecordAttendance).RequireAuthorization(policy => policy.RequireRole(Editors))
            .WithName("RecordAttendance")
            .WithSummary("Records who attended an event that has started (replacing any earlier list): it is held, and its participants count toward the programme's target.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return events;
    }

    public static async Task<Ok<PagedList<PublicEventView>>> List([AsParameters] PublicEventQuery query, [AsParameters] PageQuery page,
        PublicityDbContext db, EventSeats seats, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var events = db.Events.AsNoTracking();
        if (query.RegionCode is { } region)
        {
            events = events.Where(e => e.RegionCode == region || e.RegionCode == null);
        }
        var found = query.Past == true
            ? await events.Where(e => e.StartsAt <= now).OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id).ToPageAsync(page, cancellationToken)
            : await events.Where(e => e.StartsAt > now).OrderBy(e => e.StartsAt).ThenBy(e => e.Id).ToPageAsync(page, cancellationToken);
        var taken = await seats.TakenAsync([.. found.Items.Select(e => e.Id)], cancellationToken);
        return TypedResults.Ok(found.Select(e => PublicEventView.From(e, taken.GetValueOrDefault(e.Id))));
    }

    public static async Task<Results<Ok<PublicEventView>, ProblemHttpResult>> Get(Guid id, PublicityDbContext db, EventSeats seats,
        CancellationToken cancellationToken)
    {
        var found = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return found is null ? NoSuchEvent() : TypedResults.Ok(PublicEventView.From(found, await seats.TakenAsync(id, cancellationToken)));
    }

    public static Ok<ConsentView> ConsentWording() => TypedResults.Ok(new ConsentView(ReaderLanguage.Current, Consent.Wording.In(ReaderLanguage.Current)));

    public static async Task<Created<PublicEventView>> Create(PublicEventRequest request, HttpContext http, [AsParameters] EventServices services,
        CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var created = new PublicEvent { Id = Guid.CreateVersion7(now), CreatedAt = now, CreatedBy = http.User.Actor() };
        Fill(created, request);
        services.Db.Events.Add(created);
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "public-event-create", $"events/{created.Id}", "done");
        return TypedResults.Created($"/api/publicity/events/{created.Id}", PublicEventView.From(created, 0));
    }

    public static async Task<Results<Ok<PublicEventView>, ProblemHttpResult>> Update(Guid id, PublicEventRequest request, HttpContext http,
        [AsParameters] EventServices services, CancellationToken cancellationToken)
    {
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var scheduled = await ScheduledAsync(id, services, ReaderLanguage.Pick("Само планирано събитие може да се променя.",
            "Only a scheduled event can be changed.", "Seul un événement programmé peut être modifié."), cancellationToken);
        if (scheduled.Refused)
        {
            return scheduled.Problem;
        }
        var found = scheduled.Value;
        var taken = await services.Seats.TakenAsync(id, cancellationToken);
        if (request.Capacity < taken)
        {
            return Problems.Invalid("capacity", ReaderLanguage.Pick($"{taken} места вече са потвърдени.", $"{taken} seats are already confirmed.",
                $"{taken} places sont déjà confirmées."));
        }
        Fill(found, request);
        found.UpdatedAt = services.Clock.GetUtcNow();
        await services.Seats.PromoteAsync(found, cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.Mailbox.Sent();
        await services.Audit.RecordAsync(http, "public-event-update", $"events/{id}", "done");
        return TypedResults.Ok(PublicEventView.From(found, await services.Seats.TakenAsync(id, cancellationToken)));
    }

    public static async Task<Results<Ok<PublicEventView>, ProblemHttpResult>> Cancel(Guid id, HttpContext http,
        [AsParameters] EventServices services, CancellationToken cancellationToken)
    {
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var scheduled = await ScheduledAsync(id, services, ReaderLanguage.Pick("Само планирано събитие може да се отмени.",
            "Only a scheduled event can be cancelled.", "Seul un événement programmé peut être annulé."), cancellationToken);
        if (scheduled.Refused)
        {
            return scheduled.Problem;
        }
        var found = scheduled.Value;
        found.Status = PublicEventStatus.Cancelled;
        found.UpdatedAt = services.Clock.GetUtcNow();
        await services.Seats.CancelAllAsync(found, cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.Mailbox.Sent();
        await services.Audit.RecordAsync(http, "public-event-cancel", $"events/{id}", "done");
        return TypedResults.Ok(PublicEventView.From(found, 0));
    }

    public static async Task<Results<Ok<PublicEventView>, ProblemHttpResult>> RecordAttendance(Guid id, AttendanceRequest request,
        HttpContext http, [AsParameters] EventServices services, IOutbox outbox, PublicityMetrics metrics, CancellationToken cancellationToken)
    {
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var found = await services.Seats.LockAsync(id, cancellationToken);
        if (found is null)
        {
            return NoSuchEvent();
        }
        var now = services.Clock.GetUtcNow();
        if (!found.MayRecordAttendance(now))
        {
            return Problems.Conflict(ReaderLanguage.Pick("Присъствието се отбелязва, след като започне събитие, което не е отменено.",
                "Attendance is recorded once an event that was not cancelled has started.",
                "La présence s'enregistre une fois commencé un événement qui n'a pas été annulé."));
        }
        var present = request.Attended!.ToHashSet();
        var registrations = await services.Db.Registrations.Where(r => r.EventId == id).ToListAsync(cancellationToken);
        var mayAttend = registrations.Where(r => r.Attended || r.Status is RegistrationStatus.Confirmed or RegistrationStatus.Waitlisted)
            .Select(r => r.Id).ToHashSet();
        if (present.FirstOrDefault(registration => !mayAttend.Contains(registration)) is var unknown && unknown != Guid.Empty)
        {
            return Problems.Invalid("attended", ReaderLanguage.Pick($"{unknown} не е потвърдена регистрация за това събитие.",
                $"{unknown} is not a confirmed registration for this event.", $"{unknown} n'est pas une inscription confirmée à cet événement."));
        }
        var before = found.Participants ?? 0;
        foreach (var registration in registrations)
        {
            registration.Attended = present.Contains(registration.Id);
        }
        found.Status = PublicEventStatus.Held;
        found.Participants = present.Count;
        found.UpdatedAt = now;
        outbox.Add(new PublicEventHeld(found.Id, found.RegionCode, found.Kind, present.Count, now));
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.Attended(present.Count - before);
        await services.Audit.RecordAsync(http, "public-event-attendance", $"events/{id}", "done");
        return TypedResults.Ok(PublicEventView.From(found, await services.Seats.TakenAsync(id, cancellationToken)));
    }

    /// <summary>The event, its row locked for the transaction, while it is scheduled; else 404, or 409 saying <paramref name="notScheduled"/>.</summary>
    private static async Task<Found<PublicEvent>> ScheduledAsync(Guid id, EventServices services, string notScheduled,
        CancellationToken cancellationToken)
    {
        var found = await services.Seats.LockAsync(id, cancellationToken);
        if (found is null)
        {
            return NoSuchEvent();
        }
        return found.Status == PublicEventStatus.Scheduled ? found : Problems.Conflict(notScheduled);
    }

    internal static ProblemHttpResult NoSuchEvent() =>
        Problems.NotFound(ReaderLanguage.Pick("Няма такова събитие", "No such event", "Aucun événement de ce type"),
            ReaderLanguage.Pick("Няма публично събитие с този идентификатор.", "There is no public event with this id.",
                "Il n'y a pas d'événement public avec cet identifiant."));

    /// <summary>The validated request into <paramref name="e"/>, texts trimmed.</summary>
    private static void Fill(PublicEvent e, PublicEventRequest request)
    {
        e.Kind = request.Kind!;
        e.Title = request.Title!.ToLocalized();
        e.Description = request.Description!.ToLocalized();
        e.RegionCode = request.RegionCode;
        e.StartsAt = request.StartsAt!.Value;
        e.Venue = request.Venue!.Trim();
        e.Capacity = request.Capacity!.Value;
    }
}

/// <summary>What the events' handlers need.</summary>
public sealed record EventServices(PublicityDbContext Db, EventSeats Seats, Mail.Mailbox Mailbox, TimeProvider Clock, SecurityAuditLog Audit);
