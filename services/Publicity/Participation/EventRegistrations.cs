using Justice.Publicity.Data;
using Justice.Publicity.Domain.Events;
using Justice.Publicity.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Justice.Publicity.Participation;

/// <summary>What someone asks to register with: the form's fields, as validated.</summary>
/// <param name="Language">The language of the mails and of the consent given.</param>
public sealed record RegistrationInput(string Name, string Email, string? Organisation, string Language);

public enum RegisterOutcome { Accepted, NoSuchEvent, Closed }

public enum ConfirmOutcome { Confirmed, Waitlisted, UnknownCode, Closed }

public enum CancelOutcome { Cancelled, UnknownToken, Closed }

/// <summary>
/// Registration for public events as the public does it, through the API or the website alike: register (a code mailed,
/// whatever was there before, so an answer never tells whether an address had registered), confirm with the code (a
/// seat or the waiting list), cancel with the mailed link's token (a freed seat goes to the first waiting). Each step
/// locks the event's row (<see cref="EventSeats"/>) and writes its mail in the same transaction.
/// </summary>
public sealed class EventRegistrations(PublicityDbContext db, EventSeats seats, Mailbox mailbox, ParticipantMails mails, PublicityMetrics metrics,
    TimeProvider clock, IOptions<PublicityOptions> options)
{
    public async Task<RegisterOutcome> RegisterAsync(Guid eventId, RegistrationInput input, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await seats.LockAsync(eventId, cancellationToken);
        if (found is null)
        {
            return RegisterOutcome.NoSuchEvent;
        }
        var now = clock.GetUtcNow();
        if (!found.TakesRegistrations(now))
        {
            return RegisterOutcome.Closed;
        }
        var email = input.Email.Trim().ToLowerInvariant();
        var existing = await db.Registrations
            .SingleOrDefaultAsync(r => r.EventId == eventId && r.Email == email && RegistrationStatus.Active.Contains(r.Status), cancellationToken);
        string outcome;
        if (existing is null)
        {
            var registration = new Registration
            {
                Id = Guid.CreateVersion7(now),
                EventId = eventId,
                Name = input.Name.Trim(),
                Email = email,
                Organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim(),
                Language = input.Language,
                ConsentWording = Consent.Wording.In(input.Language),
                ConsentedAt = now,
                RegisteredAt = now,
            };
            db.Registrations.Add(registration);
            SendCode(found, registration, now);
            outcome = "pending";
        }
        else if (existing.Status == RegistrationStatus.Pending)
        {
            SendCode(found, existing, now);
            outcome = "renewed";
        }
        else
        {
            var token = RegistrationSecrets.NewCancellationToken();
            existing.CancellationTokenHash = RegistrationSecrets.HashToken(token);
            var (subject, body) = mails.AlreadyRegistered(found, existing, token);
            mailbox.Queue(email, subject, body);
            outcome = "duplicate";
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        mailbox.Sent();
        metrics.Registered(outcome);
        return RegisterOutcome.Accepted;
    }

    /// <summary>A form a robot filled (its hidden field): answered as any other, and nothing happens.</summary>
    public void Refuse() => metrics.Registered("refused");

    public async Task<(ConfirmOutcome Outcome, Guid EventId)> ConfirmAsync(string code, CancellationToken cancellationToken)
    {
        var hash = RegistrationSecrets.HashCode(code);
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.ConfirmationCodeHash == hash, cancellationToken);
        if (registration is null)
        {
            return (ConfirmOutcome.UnknownCode, Guid.Empty);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = (await seats.LockAsync(registration.EventId, cancellationToken))!;
        await db.Entry(registration).ReloadAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (registration.ConfirmationCodeHash != hash || !registration.MayConfirm(now))
        {
            return (ConfirmOutcome.UnknownCode, Guid.Empty);
        }
        if (!found.TakesRegistrations(now))
        {
            return (ConfirmOutcome.Closed, found.Id);
        }
        registration.Confirm(await seats.TakenAsync(found.Id, cancellationToken), found.Capacity, now);
        var token = RegistrationSecrets.NewCancellationToken();
        registration.CancellationTokenHash = RegistrationSecrets.HashToken(token);
        var (subject, body) = mails.Confirmed(found, registration, token);
        mailbox.Queue(registration.Email!, subject, body);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        mailbox.Sent();
        metrics.Confirmed(registration.Status);
        return (registration.Status == RegistrationStatus.Confirmed ? ConfirmOutcome.Confirmed : ConfirmOutcome.Waitlisted, found.Id);
    }

    public async Task<(CancelOutcome Outcome, Guid EventId)> CancelAsync(string token, CancellationToken cancellationToken)
    {
        var hash = RegistrationSecrets.HashToken(token);
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.CancellationTokenHash == hash, cancellationToken);
        if (registration is null)
        {
            return (CancelOutcome.UnknownToken, Guid.Empty);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = (await seats.LockAsync(registration.EventId, cancellationToken))!;
        await db.Entry(registration).ReloadAsync(cancellationToken);
        if (registration.CancellationTokenHash != hash || !registration.IsActive)
        {
            return (CancelOutcome.UnknownToken, Guid.Empty);
        }
        var now = clock.GetUtcNow();
        if (!found.TakesRegistrations(now))
        {
            return (CancelOutcome.Closed, found.Id);
        }
        registration.Cancel(now);
        var (subject, body) = mails.Cancelled(found, registration);
        mailbox.Queue(registration.Email!, subject, body);
        // Seats are counted in the database: the cancellation first, then the seat it freed.
        await db.SaveChangesAsync(cancellationToken);
        await seats.PromoteAsync(found, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        mailbox.Sent();
        return (CancelOutcome.Cancelled, found.Id);
    }

    private void SendCode(PublicEvent e, Registration registration, DateTimeOffset now)
    {
        var code = RegistrationSecrets.NewConfirmationCode();
        registration.ConfirmationCodeHash = RegistrationSecrets.HashCode(code);
        registration.ConfirmationExpiresAt = now + options.Value.ConfirmationValidFor;
        var (subject, body) = mails.Code(e, registration.Language, code);
        mailbox.Queue(registration.Email!, subject, body);
    }
}
