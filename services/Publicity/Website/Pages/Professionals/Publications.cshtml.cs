using Justice.Publicity.Data;
using Justice.Publicity.Domain.Publications;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Website.Pages.Professionals;

/// <summary>The programme's published publications (its products), latest first, with their files.</summary>
public sealed class PublicationsModel(PublicityDbContext db) : PageModel
{
    public IReadOnlyList<Publication> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await db.Publications.AsNoTracking().Include(p => p.Files)
            .Where(p => p.State == PublicationState.Published && p.Kind == PublicationKinds.Publication)
            .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id).Take(100).ToListAsync(cancellationToken);
}
