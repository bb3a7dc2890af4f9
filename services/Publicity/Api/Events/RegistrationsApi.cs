using Justice.Api;
using Justice.Audit;
using Justice.Publicity.Data;
using Justice.Publicity.Domain.Events;
using Justice.Publicity.Mail;
using Justice.Publicity.Participation;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        EventRegistrations registrations, CancellationToken cancellationToken)
    {
        var accepted = TypedResults.Accepted((string?)null, new RegistrationAccepted(ReaderLanguage.Pick(
            "Изпратихме писмо на посочения адрес: следвайте указанията в него.",
            "We have sent a mail to the address given: follow what it says.",
            "Nous avons envoyé un courriel à l'adresse indiquée : suivez ses indications.")));
        if (request.IsFromRobot)
        {
            registrations.Refuse();
            return accepted;
        }
        var input = new RegistrationInput(request.Name!, request.Email!, request.Organisation, request.Language ?? ReaderLanguage.Current);
        return await registrations.RegisterAsync(id, input, cancellationToken) switch
        {
            RegisterOutcome.NoSuchEvent => PublicEventsApi.NoSuchEvent(),
            RegisterOutcome.Closed => NoLongerOpen(),
            _ => accepted,
        };
    }

    public static async Task<Results<Ok<ConfirmationView>, ProblemHttpResult>> Confirm(ConfirmationRequest request,
        EventRegistrations registrations, CancellationToken cancellationToken)
    {
        var (outcome, eventId) = await registrations.ConfirmAsync(request.Code!, cancellationToken);
        return outcome switch
        {
            ConfirmOutcome.UnknownCode => UnknownCode(),
            ConfirmOutcome.Closed => NoLongerOpen(),
            ConfirmOutcome.Confirmed => TypedResults.Ok(new ConfirmationView(eventId, RegistrationStatus.Confirmed)),
            _ => TypedResults.Ok(new ConfirmationView(eventId, RegistrationStatus.Waitlisted)),
        };
    }

    public static async Task<Results<Ok<ConfirmationView>, ProblemHttpResult>> Cancel(CancellationRequest request,
        EventRegistrations registrations, CancellationToken cancellationToken)
    {
        var (outcome, eventId) = await registrations.CancelAsync(request.Token!, cancellationToken);
        return outcome switch
        {
            CancelOutcome.UnknownToken => UnknownToken(),
            CancelOutcome.Closed => NoLongerOpen(),
            _ => TypedResults.Ok(new ConfirmationView(eventId, RegistrationStatus.Cancelled)),
        };
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

    public static async Task<Results<NoContent, ProblemHttpResult>> Erase(Guid id, HttpContext http, [AsParameters] ErasureServices services,
        CancellationToken cancellationToken)
    {
        var registration = await services.Db.Registrations.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null)
        {
            return Problems.NotFound(ReaderLanguage.Pick("Няма такава регистрация", "No such registration", "Aucune inscription de ce type"),
                ReaderLanguage.Pick("Няма регистрация с този идентификатор.", "There is no registration with this id.",
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
        await services.Audit.RecordAsync(http, "participant-erase", $"registrations/{id}", "done");
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NoLongerOpen() =>
        Problems.Conflict(ReaderLanguage.Pick("Събитието вече не приема регистрации.", "This event no longer takes registrations.",
            "Cet événement n'accepte plus d'inscriptions."));

    private static ProblemHttpResult UnknownCode() =>
        Problems.Invalid("code", ReaderLanguage.Pick("Непознат, използван или изтекъл код.", "Unknown, used or expired code.",
            "Code inconnu, déjà utilisé ou expiré."));

    private static ProblemHttpResult UnknownToken() =>
        Problems.Invalid("token", ReaderLanguage.Pick("Непозната или вече използвана връзка за отказ.", "Unknown or already used cancellation link.",
            "Lien d'annulation inconnu ou déjà utilisé."));
}

/// <summary>What erasure needs.</summary>
public sealed record ErasureServices(PublicityDbContext Db, EventSeats Seats, Mailbox Mailbox, TimeProvider Clock, SecurityAuditLog Audit);
