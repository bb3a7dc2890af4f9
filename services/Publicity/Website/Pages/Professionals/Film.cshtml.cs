using Justice.Publicity.Data;
using Justice.Publicity.Domain.Films;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Website.Pages.Professionals;

/// <summary>The programme's training film(s), as published, with their language versions.</summary>
public sealed class FilmModel(PublicityDbContext db) : PageModel
{
    public IReadOnlyList<TrainingFilm> Films { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Films = await db.Films.AsNoTracking().Include(f => f.Versions).Where(f => f.Published)
            .OrderByDescending(f => f.PublishedAt).ThenBy(f => f.Id).ToListAsync(cancellationToken);
}
