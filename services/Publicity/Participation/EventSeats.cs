using Justice.Publicity.Data;
using Justice.Publicity.Domain.Events;
using Justice.Publicity.Mail;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Participation;

/// <summary>
/// An event's seats, changed one request at a time: every change that gives or frees a seat first locks the event's row
/// (<see cref="LockAsync"/>) for the rest of its transaction, so two confirmations never take the last seat together.
/// </summary>
public sealed class EventSeats(PublicityDbContext db, Mailbox mailbox, ParticipantMails mails, TimeProvider clock)
{
    /// <summary>The event, its row locked until the transaction ends; null when there is none.</summary>
    public async Task<PublicEvent?> LockAsync(Guid eventId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM public_events WHERE id = {eventId} FOR UPDATE", cancellationToken);
        var found = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (found is not null)
        {
            await db.Entry(found).ReloadAsync(cancellationToken);
        }
        return found;
    }

    public Task<int> TakenAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed, cancellationToken);

    /// <summary>Seats taken by event, for a page of events.</summary>
    public async Task<Dictionary<Guid, int>> TakenAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken) =>
        await db.Registrations.Where(r => eventIds.Contains(r.EventId) && r.Status == RegistrationStatus.Confirmed)
            .GroupBy(r => r.EventId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>
    /// Gives the free seats of <paramref name="e"/> (locked) to those waiting, first confirmed first, and mails each a new
    /// cancellation link. Seats are counted in the database: the caller saves what freed them first, and saves after.
    /// </summary>
    public async Task PromoteAsync(PublicEvent e, CancellationToken cancellationToken)
    {
        var free = e.SeatsLeft(await TakenAsync(e.Id, cancellationToken));
        if (free <= 0)
        {
            return;
        }
        var waiting = await db.Registrations.Where(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted && r.Email != null)
            .OrderBy(r => r.ConfirmedAt).ThenBy(r => r.Id).Take(free).ToListAsync(cancellationToken);
        foreach (var registration in waiting)
        {
            registration.Status = RegistrationStatus.Confirmed;
            var token = RegistrationSecrets.NewCancellationToken();
            registration.CancellationTokenHash = RegistrationSecrets.HashToken(token);
            var (subject, body) = mails.SeatFreed(e, registration, token);
            mailbox.Queue(registration.Email!, subject, body);
        }
    }

    /// <summary>Cancels every live registration of a cancelled event and tells each participant. The caller saves.</summary>
    public async Task CancelAllAsync(PublicEvent e, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var live = await db.Registrations.Where(r => r.EventId == e.Id && RegistrationStatus.Active.Contains(r.Status))
            .ToListAsync(cancellationToken);
        foreach (var registration in live)
        {
            if (registration.Email is { } address)
            {
                var (subject, body) = mails.EventCancelled(e, registration);
                mailbox.Queue(address, subject, body);
            }
            registration.Cancel(now);
        }
    }
}
