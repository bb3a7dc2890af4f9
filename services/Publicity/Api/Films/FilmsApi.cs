using Justice.Api;
using Justice.Audit;
using Justice.Publicity.Api.Publications;
using Justice.Publicity.Data;
using Justice.Publicity.Domain.Films;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Api.Films;

/// <summary>
/// The training film "All under one roof" and any other film of the programme (<c>/films</c>), with its language
/// versions. Publicity editors and national admins describe, publish and unpublish; everyone else, signed in or not,
/// sees published films only, and an unpublished one answers them 404.
/// </summary>
public static class FilmsApi
{
    public static RouteGroupBuilder MapFilmsApi(this IEndpointRouteBuilder api)
    {
        var films = api.MapGroup("/films").WithTags("Training film");

        films.MapPost("/", Create).WithName("CreateFilm")
            .WithSummary("Describes a film, unpublished (publicity editors, national admins); its language versions are added next.")
            .RequireAuthorization(policy => policy.RequireRole(PublicationsApi.Editors))
            .ProducesValidationProblem();
        films.MapGet("/", List).WithName("ListFilms").AllowAnonymous()
            .WithSummary("Films, newest first, a page at a time, in the reader's language; only published ones for those who do not edit.")
            .ProducesValidationProblem();
        films.MapGet("/{id:guid}", Get).WithName("GetFilm").AllowAnonymous()
            .WithSummary("One film with its language versions; 404 when it is not published and the caller does not edit.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        films.MapPut("/{id:guid}", Update).WithName("UpdateFilm")
            .WithSummary("Replaces a film's titles, descriptions and competencies (publicity editors, national admins).")
            .RequireAuthorization(policy => policy.RequireRole(PublicationsApi.Editors))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        films.MapPost("/{id:guid}/publish", Publish).WithName("PublishFilm")
            .WithSummary("Puts a film on the public site (publicity editors, national admins); 409 when it already is.")
            .RequireAuthorization(policy => policy.RequireRole(PublicationsApi.Editors))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        films.MapPost("/{id:guid}/unpublish", Unpublish).WithName("UnpublishFilm")
            .WithSummary("Takes a film off the public site (publicity editors, national admins); 409 when it is not on it.")
            .RequireAuthorization(policy => policy.RequireRole(PublicationsApi.Editors))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapFilmVersionsApi();
        return films;
    }

    public static async Task<Created<FilmView>> Create(FilmRequest request, HttpContext http, [AsParameters] FilmServices services,
        CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var film = new TrainingFilm { Id = Guid.CreateVersion7(now), TitleBg = "", DescriptionBg = "", CreatedAt = now };
        Fill(film, request);
        services.Db.Films.Add(film);
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "film-create", $"films/{film.Id}", "done");
        return TypedResults.Created($"/api/publicity/films/{film.Id}", FilmView.From(film));
    }

    public static async Task<Ok<PagedList<FilmView>>> List([AsParameters] PageQuery page, HttpContext http, PublicityDbContext db,
        CancellationToken cancellationToken)
    {
        var films = db.Films.AsNoTracking().Include(f => f.Versions).AsQueryable();
        if (!PublicationsApi.MayEdit(http))
        {
            films = films.Where(f => f.Published);
        }
        var found = await films.OrderByDescending(f => f.CreatedAt).ThenBy(f => f.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(found.Select(FilmView.From));
    }

    public static async Task<Results<Ok<FilmView>, ProblemHttpResult>> Get(Guid id, HttpContext http, PublicityDbContext db,
        CancellationToken cancellationToken)
    {
        var film = await db.Films.AsNoTracking().Include(f => f.Versions).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        return film is null || !MaySee(http, film) ? NotFound() : TypedResults.Ok(FilmView.From(film));
    }

    public static async Task<Results<Ok<FilmView>, ProblemHttpResult>> Update(Guid id, FilmRequest request, HttpContext http,
        [AsParameters] FilmServices services, CancellationToken cancellationToken)
    {
        var found = await ChangeAsync(id, "film-update", http, services, film =>
        {
            Fill(film, request);
            return null;
        }, cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(FilmView.From(found.Value));
    }

    public static async Task<Results<Ok<FilmView>, ProblemHttpResult>> Publish(Guid id, HttpContext http,
        [AsParameters] FilmServices services, CancellationToken cancellationToken)
    {
        var found = await ChangeAsync(id, "film-publish", http, services, film =>
        {
            if (film.Published)
            {
                return Problems.Conflict(ReaderLanguage.Pick("Филмът вече е публикуван.", "The film is already published.", "Le film est déjà publié."));
            }
            film.Published = true;
            film.PublishedAt = services.Clock.GetUtcNow();
            return null;
        }, cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(FilmView.From(found.Value));
    }

    public static async Task<Results<Ok<FilmView>, ProblemHttpResult>> Unpublish(Guid id, HttpContext http,
        [AsParameters] FilmServices services, CancellationToken cancellationToken)
    {
        var found = await ChangeAsync(id, "film-unpublish", http, services, film =>
        {
            if (!film.Published)
            {
                return Problems.Conflict(ReaderLanguage.Pick("Филмът не е публикуван.", "The film is not published.", "Le film n'est pas publié."));
            }
            film.Published = false;
            return null;
        }, cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(FilmView.From(found.Value));
    }

    /// <summary>
    /// Makes <paramref name="change"/> to the film and audits it as <paramref name="action"/>; 404 when there is none, the
    /// change's own refusal (audited), or 409 (audited) when someone else published or unpublished it meanwhile.
    /// </summary>
    internal static async Task<Found<TrainingFilm>> ChangeAsync(Guid id, string action, HttpContext http, FilmServices services,
        Func<TrainingFilm, ProblemHttpResult?> change, CancellationToken cancellationToken)
    {
        var film = await services.Db.Films.Include(f => f.Versions).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (film is null)
        {
            return NotFound();
        }
        if (change(film) is { } refusal)
        {
            await services.Audit.RecordAsync(http, action, $"films/{id}", "refused");
            return refusal;
        }
        film.UpdatedAt = services.Clock.GetUtcNow();
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await services.Audit.RecordAsync(http, action, $"films/{id}", "refused");
            return Problems.Conflict(ReaderLanguage.Pick(
                "Някой друг току-що промени филма; прегледайте го и опитайте отново.",
                "Someone else changed this film a moment ago; look at it, then try again.",
                "Quelqu'un d'autre vient de modifier ce film ; consultez-le, puis réessayez."));
        }
        await services.Audit.RecordAsync(http, action, $"films/{id}", "done");
        return film;
    }

    internal static bool MaySee(HttpContext http, TrainingFilm film) => film.Published || PublicationsApi.MayEdit(http);

    internal static ProblemHttpResult NotFound() => Problems.NotFound("Film not found", ReaderLanguage.Pick(
        "Няма филм с този идентификатор.", "There is no film with this id.", "Il n'y a pas de film avec cet identifiant."));

    /// <summary>The validated request into <paramref name="film"/>, texts trimmed.</summary>
    private static void Fill(TrainingFilm film, FilmRequest request)
    {
        film.TitleBg = request.Title!.Bg!.Trim();
        film.TitleEn = request.Title.En?.Trim();
        film.TitleFr = request.Title.Fr?.Trim();
        film.DescriptionBg = request.Description!.Bg!.Trim();
        film.DescriptionEn = request.Description.En?.Trim();
        film.DescriptionFr = request.Description.Fr?.Trim();
        film.Competencies = request.CompetencyCodes;
    }
}

/// <summary>What the films' handlers that write need.</summary>
public sealed record FilmServices(PublicityDbContext Db, SecurityAuditLog Audit, TimeProvider Clock);
