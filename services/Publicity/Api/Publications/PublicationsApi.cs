using Justice.Api;
using Justice.Audit;
using Justice.Contracts.Events;
using Justice.Messaging.Outbox;
using Justice.Publicity.Data;
using Justice.Publicity.Domain.Publications;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Api.Publications;

/// <summary>
/// Articles, press releases and publications (<c>/publications</c>) in Bulgarian, English and French. Publicity editors
/// and national admins write, publish and withdraw them and see drafts; everyone else, signed in or not, reads what is
/// published, and a publication that is not answers them 404 as if it did not exist.
/// </summary>
public static class PublicationsApi
{
    /// <summary>Who writes, publishes and withdraws, and sees what is not published.</summary>
    public static readonly string[] Editors = [Roles.PublicityEditor, Roles.NationalAdmin];

    /// <summary>The largest body of a create or replace: three languages of 30,000 characters, however the JSON escapes them.</summary>
    public const long MaxTextBodyBytes = 1024 * 1024;

    public static RouteGroupBuilder MapPublicationsApi(this IEndpointRouteBuilder api)
    {
        var publications = api.MapGroup("/publications").WithTags("Publications");

        publications.MapPost("/", Create).WithName("CreatePublication")
            .WithSummary("Writes a draft article, press release or publication (publicity editors, national admins).")
            .RequireAuthorization(policy => policy.RequireRole(Editors)).WithMaxBodyBytes(MaxTextBodyBytes)
            .ProducesValidationProblem();
        publications.MapGet("/", List).WithName("ListPublications").AllowAnonymous()
            .WithSummary("Publications, latest first, a page at a time, by kind, state or language; titles in the reader's language. Only published ones for those who do not edit.")
            .ProducesValidationProblem();
        publications.MapGet("/{id:guid}", Get).WithName("GetPublication").AllowAnonymous()
            .WithSummary("One publication, its bodies as sanitised HTML; 404 when it is not published and the caller does not edit.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        publications.MapPut("/{id:guid}", Update).WithName("UpdatePublication")
            .WithSummary("Replaces a draft's or a withdrawn publication's texts (publicity editors, national admins); a published one is withdrawn first.")
            .RequireAuthorization(policy => policy.RequireRole(Editors)).WithMaxBodyBytes(MaxTextBodyBytes)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        publications.MapPost("/{id:guid}/publish", Publish).WithName("PublishPublication")
            .WithSummary("Publishes a draft or a withdrawn publication (publicity editors, national admins), announcing it with PublicationPublished.")
            .RequireAuthorization(policy => policy.RequireRole(Editors))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        publications.MapPost("/{id:guid}/withdraw", Withdraw).WithName("WithdrawPublication")
            .WithSummary("Takes a published publication off the public site (publicity editors, national admins).")
            .RequireAuthorization(policy => policy.RequireRole(Editors))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPublicationFilesApi();
        return publications;
    }

    public static async Task<Created<PublicationView>> Create(CreatePublicationRequest request, HttpContext http,
        [AsParameters] PublicationServices services, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var bg = PublicationTextRequest.Text(request.Bg)!;
        var publication = new Publication
        {
            Id = Guid.CreateVersion7(now),
            Kind = request.Kind!,
            State = PublicationState.Draft,
            TitleBg = bg.Title,
            BodyBg = bg.Body,
            CreatedAt = now,
        };
        publication.Write(bg, PublicationTextRequest.Text(request.En), PublicationTextRequest.Text(request.Fr));
        services.Db.Publications.Add(publication);
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "publication-create", $"publications/{publication.Id}", "done");
        return TypedResults.Created($"/api/publicity/publications/{publication.Id}", PublicationView.From(publication));
    }

    public static async Task<Ok<PagedList<PublicationListItem>>> List([AsParameters] PublicationQuery query, [AsParameters] PageQuery page,
        HttpContext http, PublicityDbContext db, CancellationToken cancellationToken)
    {
        var publications = db.Publications.AsNoTracking();
        if (!MayEdit(http))
        {
            publications = publications.Where(p => p.State == PublicationState.Published);
        }
        if (PublicationStateMachine.Parse(query.State) is { } state)
        {
            publications = publications.Where(p => p.State == state);
        }
        if (query.Kind is { } kind)
        {
            publications = publications.Where(p => p.Kind == kind);
        }
        publications = query.Language switch
        {
            ReaderLanguage.English => publications.Where(p => p.TitleEn != null && p.BodyEn != null),
            ReaderLanguage.French => publications.Where(p => p.TitleFr != null && p.BodyFr != null),
            _ => publications,
        };
        // Bodies stay in the database: a list shows titles and summaries.
        var found = await publications
            .Select(p => new Publication
            {
                Id = p.Id, Kind = p.Kind, State = p.State, CreatedAt = p.CreatedAt, PublishedAt = p.PublishedAt,
                TitleBg = p.TitleBg, SummaryBg = p.SummaryBg, BodyBg = "",
                TitleEn = p.TitleEn, SummaryEn = p.SummaryEn, BodyEn = p.BodyEn == null ? null : "",
                TitleFr = p.TitleFr, SummaryFr = p.SummaryFr, BodyFr = p.BodyFr == null ? null : "",
            })
            .OrderByDescending(p => p.PublishedAt ?? p.CreatedAt).ThenBy(p => p.Id)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(found.Select(p =>
        {
            var language = PublicationView.LanguageFor(p);
            var text = p.Text(language)!;
            return new PublicationListItem(p.Id, p.Kind, p.State.Code(), p.Languages, language, text.Title, text.Summary, p.CreatedAt,
                p.PublishedAt);
        }));
    }

    public static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> Get(Guid id, HttpContext http, PublicityDbContext db,
        CancellationToken cancellationToken)
    {
        var publication = await db.Publications.AsNoTracking().Include(p => p.Files).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return publication is null || !MaySee(http, publication) ? NotFound() : TypedResults.Ok(PublicationView.From(publication));
    }

    public static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> Update(Guid id, UpdatePublicationRequest request,
        HttpContext http, [AsParameters] PublicationServices services, CancellationToken cancellationToken)
    {
        var found = await MoveAsync(id, PublicationAction.Edit, "publication-update", http, services, publication =>
            publication.Write(PublicationTextRequest.Text(request.Bg)!, PublicationTextRequest.Text(request.En),
                PublicationTextRequest.Text(request.Fr)), cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(PublicationView.From(found.Value));
    }

    public static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> Publish(Guid id, HttpContext http,
        [AsParameters] PublicationServices services, CancellationToken cancellationToken)
    {
        var found = await MoveAsync(id, PublicationAction.Publish, "publication-publish", http, services, publication =>
        {
            publication.PublishedAt = services.Clock.GetUtcNow();
            // Written by the same SaveChanges as the move: published and announced, or neither.
            services.Outbox.Add(new PublicationPublished(publication.Id, publication.Kind, publication.Languages, publication.PublishedAt.Value));
        }, cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(PublicationView.From(found.Value));
    }

    public static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> Withdraw(Guid id, HttpContext http,
        [AsParameters] PublicationServices services, CancellationToken cancellationToken)
    {
        var found = await MoveAsync(id, PublicationAction.Withdraw, "publication-withdraw", http, services,
            publication => publication.WithdrawnAt = services.Clock.GetUtcNow(), cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(PublicationView.From(found.Value));
    }

    /// <summary>
    /// Does <paramref name="action"/> to the publication when its state allows, with <paramref name="change"/>, and audits it
    /// as <paramref name="auditAction"/>; 404 when there is none, 409 (audited) when its state does not allow it or someone else moved it meanwhile.
    /// </summary>
    internal static Task<Found<Publication>> MoveAsync(Guid id, PublicationAction action, string auditAction, HttpContext http,
        PublicationServices services, Action<Publication> change, CancellationToken cancellationToken) =>
        MoveAsync(id, action, auditAction, http, services, publication =>
        {
            change(publication);
            return Task.FromResult<ProblemHttpResult?>(null);
        }, cancellationToken);

    /// <inheritdoc cref="MoveAsync(Guid, PublicationAction, string, HttpContext, PublicationServices, Action{Publication}, CancellationToken)"/>
    /// <remarks><paramref name="change"/> may refuse, with the problem to answer; nothing is saved then, and the refusal is audited.</remarks>
    internal static async Task<Found<Publication>> MoveAsync(Guid id, PublicationAction action, string auditAction, HttpContext http,
        PublicationServices services, Func<Publication, Task<ProblemHttpResult?>> change, CancellationToken cancellationToken)
    {
        var publication = await services.Db.Publications.Include(p => p.Files).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (publication is null)
        {
            return NotFound();
        }
        if (PublicationStateMachine.Next(publication.State, action) is not { } next)
        {
            await services.Audit.RecordAsync(http, auditAction, $"publications/{id}", "refused");
            return NotAllowed(publication.State, action);
        }
        if (await change(publication) is { } refusal)
        {
            await services.Audit.RecordAsync(http, auditAction, $"publications/{id}", "refused");
            return refusal;
        }
        publication.State = next;
        publication.UpdatedAt = services.Clock.GetUtcNow();
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await services.Audit.RecordAsync(http, auditAction, $"publications/{id}", "refused");
            return Problems.Conflict(ReaderLanguage.Pick(
                "Някой друг току-що промени публикацията; прегледайте я и опитайте отново.",
                "Someone else changed this publication a moment ago; look at it, then try again.",
                "Quelqu'un d'autre vient de modifier cette publication ; consultez-la, puis réessayez."));
        }
        await services.Audit.RecordAsync(http, auditAction, $"publications/{id}", "done");
        return publication;
    }

    /// <summary>Whether the caller edits publications, and so sees drafts and withdrawn ones.</summary>
    internal static bool MayEdit(HttpContext http) => http.User.HasRole(Editors);

    internal static bool MaySee(HttpContext http, Publication publication) =>
        publication.State == PublicationState.Published || MayEdit(http);

    internal static ProblemHttpResult NotFound() => Problems.NotFound("Publication not found", ReaderLanguage.Pick(
        "Няма публикация с този идентификатор.", "There is no publication with this id.", "Il n'y a pas de publication avec cet identifiant."));

    private static ProblemHttpResult NotAllowed(PublicationState state, PublicationAction action) => Problems.Conflict((state, action) switch
    {
        (PublicationState.Published, PublicationAction.Edit) => ReaderLanguage.Pick(
            "Публикуваната публикация не се редактира: оттеглете я, поправете я и я публикувайте отново.",
            "A published publication is not edited: withdraw it, correct it, then publish it again.",
            "Une publication publiée ne se modifie pas : retirez-la, corrigez-la, puis publiez-la à nouveau."),
        (PublicationState.Published, PublicationAction.Publish) => ReaderLanguage.Pick(
            "Публикацията вече е публикувана.", "The publication is already published.", "La publication est déjà publiée."),
        (PublicationState.Draft, PublicationAction.Withdraw) => ReaderLanguage.Pick(
            "Чернова не се оттегля: тя никога не е била публикувана.", "A draft is not withdrawn: it was never published.",
            "Un brouillon ne se retire pas : il n'a jamais été publié."),
        _ => ReaderLanguage.Pick(
            "Публикацията вече е оттеглена.", "The publication is already withdrawn.", "La publication est déjà retirée."),
    });
}

/// <summary>What the publications' handlers that write need.</summary>
public sealed record PublicationServices(PublicityDbContext Db, IOutbox Outbox, SecurityAuditLog Audit, TimeProvider Clock);
