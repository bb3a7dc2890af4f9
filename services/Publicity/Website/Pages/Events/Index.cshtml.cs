using Justice.Publicity.Data;
using Justice.Publicity.Domain.Events;
using Justice.Publicity.Participation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Website.Pages.Events;

/// <summary>The public events to come, soonest first.</summary>
public sealed class IndexModel(PublicityDbContext db, EventSeats seats, TimeProvider clock) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<(PublicEvent Event, int SeatsLeft)> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var upcoming = await db.Events.AsNoTracking().Where(e => e.StartsAt > now && e.Status == PublicEventStatus.Scheduled)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(Shown).ToListAsync(cancellationToken);
        var taken = await seats.TakenAsync([.. upcoming.Select(e => e.Id)], cancellationToken);
        Events = [.. upcoming.Select(e => (e, e.SeatsLeft(taken.GetValueOrDefault(e.Id))))];
    }
}
