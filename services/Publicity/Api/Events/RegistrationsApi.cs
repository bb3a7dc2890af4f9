using Justice.Api;
using Justice.Audit;
using Justice.Publicity.Data;
using Justice.Publicity.Domain.Events;
using Justice.Publicity.Mail;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Justice.Publicity.Api.Events;

/// <summary>
/// Registrations for public events. Anyone registers without an account and confirms with the code mailed to them; the
/// mailed link cancels. Only publicity editors and national admins see who registered, and erase a participant's data
/// on request. A public answer never says whether an address had registered before.
/// </summary>
public static class RegistrationsApi
{
    public static void MapRegistrationsApi(this IEndpointRouteBuilder api)
    {
        var editors = PublicEventsApi.Editors;
        api.MapPost("/events/{id:guid}/registrations", Register).AllowAnonymous().WithTags("Registrations")
            .WithName("Register")
            .WithSummary("Registers for an event, without an account: a confirmation code is mailed to the address (202 whatever was there before).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/registrations/confirmation", Confirm).AllowAnonymous().WithTags("Registrations")
            .WithName("ConfirmRegistration")
            .WithSummary("Confirms a registration with its mailed code (once): a seat, or the waiting list when the event is full.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/registrations/cancellation", Cancel).AllowAnonymous().WithTags("Registrations")
            .WithName("CancelRegistration")
            .WithSummary("Cancels a registration with the token of its mailed link (once); a freed seat goes to the first waiting.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/events/{id:guid}/registrations", List).RequireAuthorization(policy => policy.RequireRole(editors)).WithTags("Registrations")
            .WithName("ListRegistrations")
            .WithSummary("Who registered for an event, first first, a page at a time (publicity editors, national admins; audited).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/registrations/{id:guid}/personal-data", Erase).RequireAuthorization(policy => policy.RequireRole(editors))
            .WithTags("Registrations")
            .WithName("EraseParticipant")
            .WithSummary("Erases a participant's name, e-mail and organisation on their request; before the event it also gives up their seat. Attendance still counts.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Accepted<RegistrationAccepted>, ProblemHttpResult>> Register(Guid id, RegistrationRequest request,
        [AsParameters] RegistrationServices services, CancellationToken cancellationToken)
    {
        var accepted = TypedResults.Accepted((string?)null, new RegistrationAccepted(Languages.Pick(
            "Изпратихме писмо на посочения адрес: следвайте указанията в него.",
            "We have sent a mail to the address given: follow what it says.",
            "Nous avons envoyé un courriel à l'adresse indiquée : suivez ses indications.")));
        if (request.IsFromRobot)
        {
            services.Metrics.Registered("refused");
            return accepted;
        }
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var found = await services.Seats.LockAsync(id, cancellationToken);
        if (found is null)
        {
            return PublicEventsApi.NoSuchEvent();
        }
        var now = services.Clock.GetUtcNow();
        if (!found.TakesRegistrations(now))
        {
            return NoLongerOpen();
        }
        var email = request.NormalizedEmail;
        var existing = await services.Db.Registrations
            .SingleOrDefaultAsync(r => r.EventId == id && r.Email == email && RegistrationStatus.Active.Contains(r.Status), cancellationToken);
        string outcome;
        if (existing is null)
        {
            var language = request.Language ?? Languages.Current;
            var registration = new Registration
            {
                Id = Guid.CreateVersion7(now),
                EventId = id,
                Name = request.Name!.Trim(),
                Email = email,
                Organisation = string.IsNullOrWhiteSpace(request.Organisation) ? null : request.Organisation.Trim(),
                Language = language,
                ConsentWording = Consent.Wording.In(language),
                ConsentedAt = now,
                RegisteredAt = now,
            };
            services.Db.Registrations.Add(registration);
            SendCode(found, registration, services, now);
            outcome = "pending";
        }
        else if (existing.Status == RegistrationStatus.Pending)
        {
            SendCode(found, existing, services, now);
            outcome = "renewed";
        }
        else
        {
            var token = RegistrationSecrets.NewCancellationToken();
            existing.CancellationTokenHash = RegistrationSecrets.HashToken(token);
            var (subject, body) = services.Mails.AlreadyRegistered(found, existing, token);
            services.Mailbox.Queue(email, subject, body);
            outcome = "duplicate";
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.Mailbox.Sent();
        services.Metrics.Registered(outcome);
        return accepted;
    }

    public static async Task<Results<Ok<ConfirmationView>, ProblemHttpResult>> Confirm(ConfirmationRequest request,
        [AsParameters] RegistrationServices services, CancellationToken cancellationToken)
    {
        var hash = RegistrationSecrets.HashCode(request.Code!);
        var registration = await services.Db.Registrations.SingleOrDefaultAsync(r => r.ConfirmationCodeHash == hash, cancellationToken);
        if (registration is null)
        {
            return UnknownCode();
        }
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var found = (await services.Seats.LockAsync(registration.EventId, cancellationToken))!;
        await services.Db.Entry(registration).ReloadAsync(cancellationToken);
        var now = services.Clock.GetUtcNow();
        if (registration.ConfirmationCodeHash != hash || !registration.MayConfirm(now))
        {
            return UnknownCode();
        }
        if (!found.TakesRegistrations(now))
        {
            return NoLongerOpen();
        }
        registration.Confirm(await services.Seats.TakenAsync(found.Id, cancellationToken), found.Capacity, now);
        var token = RegistrationSecrets.NewCancellationToken();
        registration.CancellationTokenHash = RegistrationSecrets.HashToken(token);
        var (subject, body) = services.Mails.Confirmed(found, registration, token);
        services.Mailbox.Queue(registration.Email!, subject, body);
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.Mailbox.Sent();
        services.Metrics.Confirmed(registration.Status);
        return TypedResults.Ok(new ConfirmationView(found.Id, registration.Status));
    }

    public static async Task<Results<Ok<ConfirmationView>, ProblemHttpResult>> Cancel(CancellationRequest request,
        [AsParameters] RegistrationServices services, CancellationToken cancellationToken)
    {
        var hash = RegistrationSecrets.HashToken(request.Token!);
        var registration = await services.Db.Registrations.SingleOrDefaultAsync(r => r.CancellationTokenHash == hash, cancellationToken);
        if (registration is null)
        {
            return UnknownToken();
        }
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var found = (await services.Seats.LockAsync(registration.EventId, cancellationToken))!;
        await services.Db.Entry(registration).ReloadAsync(cancellationToken);
        if (registration.CancellationTokenHash != hash || !registration.IsActive)
        {
            return UnknownToken();
        }
        var now = services.Clock.GetUtcNow();
        if (!found.TakesRegistrations(now))
        {
            return NoLongerOpen();
        }
        registration.Cancel(now);
        var (subject, body) = services.Mails.Cancelled(found, registration);
        services.Mailbox.Queue(registration.Email!, subject, body);
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Seats.PromoteAsync(found, cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.Mailbox.Sent();
        return TypedResults.Ok(new ConfirmationView(found.Id, registration.Status));
    }

    public static async Task<Results<Ok<PagedList<RegistrationView>>, ProblemHttpResult>> List(Guid id, [AsParameters] PageQuery page,
        HttpContext http, PublicityDbContext db, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        if (!await db.Events.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return PublicEventsApi.NoSuchEvent();
        }
        var found = await db.Registrations.AsNoTracking().Where(r => r.EventId == id).OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .ToPageAsync(page, cancellationToken);
        await audit.RecordAsync(http, "registrations-read", $"events/{id}/registrations", "done");
        return TypedResults.Ok(found.Select(RegistrationView.From));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Erase(Guid id, HttpContext http, [AsParameters] RegistrationServices services,
        SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var registration = await services.Db.Registrations.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null)
        {
            return Problems.NotFound(Languages.Pick("Няма такава регистрация", "No such registration", "Aucune inscription de ce type"),
                Languages.Pick("Няма регистрация с този идентификатор.", "There is no registration with this id.",
                    "Il n'y a pas d'inscription avec cet identifiant."));
        }
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var found = (await services.Seats.LockAsync(registration.EventId, cancellationToken))!;
        await services.Db.Entry(registration).ReloadAsync(cancellationToken);
        var now = services.Clock.GetUtcNow();
        if (registration.Email is { } address)
        {
            // Mail not yet sent to them would carry their address on after the erasure.
            await services.Db.OutgoingMails.Where(m => m.To == address).ExecuteDeleteAsync(cancellationToken);
        }
        if (registration.IsActive && found.TakesRegistrations(now))
        {
            registration.Cancel(now);
            await services.Db.SaveChangesAsync(cancellationToken);
            await services.Seats.PromoteAsync(found, cancellationToken);
        }
        registration.Erase(now);
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.Mailbox.Sent();
        await audit.RecordAsync(http, "participant-erase", $"registrations/{id}", "done");
        return TypedResults.NoContent();
    }

    private static void SendCode(PublicEvent e, Registration registration, RegistrationServices services, DateTimeOffset now)
    {
        var code = RegistrationSecrets.NewConfirmationCode();
        registration.ConfirmationCodeHash = RegistrationSecrets.HashCode(code);
        registration.ConfirmationExpiresAt = now + services.Options.Value.ConfirmationValidFor;
        var (subject, body) = services.Mails.Code(e, registration.Language, code);
        services.Mailbox.Queue(registration.Email!, subject, body);
    }

    private static ProblemHttpResult NoLongerOpen() =>
        Problems.Conflict(Languages.Pick("Събитието вече не приема регистрации.", "This event no longer takes registrations.",
            "Cet événement n'accepte plus d'inscriptions."));

    private static ProblemHttpResult UnknownCode() =>
        Problems.Invalid("code", Languages.Pick("Непознат, използван или изтекъл код.", "Unknown, used or expired code.",
            "Code inconnu, déjà utilisé ou expiré."));

    private static ProblemHttpResult UnknownToken() =>
        Problems.Invalid("token", Languages.Pick("Непозната или вече използвана връзка за отказ.", "Unknown or already used cancellation link.",
            "Lien d'annulation inconnu ou déjà utilisé."));
}

/// <summary>What the registrations' handlers need.</summary>
public sealed record RegistrationServices(
    PublicityDbContext Db, EventSeats Seats, Mailbox Mailbox, ParticipantMails Mails, PublicityMetrics Metrics, TimeProvider Clock,
    IOptions<PublicityOptions> Options);
