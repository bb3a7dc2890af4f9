using Justice.Publicity.Data;
using Justice.Publicity.Domain.Publications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Website.Pages.News;

/// <summary>One published article, press release or publication; anything not published is not found.</summary>
public sealed class ItemModel(PublicityDbContext db) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public Publication Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var found = await db.Publications.AsNoTracking().Include(p => p.Files)
            .SingleOrDefaultAsync(p => p.Id == Id && p.State == PublicationState.Published, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        Item = found;
        return Page();
    }
}
