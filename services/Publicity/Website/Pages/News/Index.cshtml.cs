using Justice.Publicity.Data;
using Justice.Publicity.Domain.Publications;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Website.Pages.News;

/// <summary>Published articles and press releases, latest first.</summary>
public sealed class IndexModel(PublicityDbContext db) : PageModel
{
    public const int Shown = 50;

    public IReadOnlyList<Publication> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await db.Publications.AsNoTracking()
            .Where(p => p.State == PublicationState.Published && p.Kind != PublicationKinds.Publication)
            .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id).Take(Shown).ToListAsync(cancellationToken);
}
