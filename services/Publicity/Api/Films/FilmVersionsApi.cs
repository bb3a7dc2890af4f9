using System.Security.Cryptography;
using Justice.Api;
using Justice.Api.Files;
using Justice.Publicity.Api.Publications;
using Justice.Publicity.Data;
using Justice.Publicity.Domain.Films;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Npgsql;

namespace Justice.Publicity.Api.Films;

/// <summary>
/// A film's language versions (<c>/films/{id}/versions/{language}</c>): each an MP4 stored here or an https link to where
/// it is hosted. Publicity editors and national admins add, replace and remove them; whoever may see the film watches them.
/// </summary>
public static class FilmVersionsApi
{
    private static readonly string UploadDescription = FilmUpload.Rules.Describe()
        + " Or application/json {\"externalUrl\": \"https://…\"} for a version hosted elsewhere.";

    public static RouteGroupBuilder MapFilmVersionsApi(this IEndpointRouteBuilder api)
    {
        var versions = api.MapGroup("/films/{id:guid}/versions").WithTags("Training film");

        // One operation, two bodies: the route's endpoint is picked by the body's content type.
        versions.MapPut("/{language}", PutFile).WithName("PutFilmVersion")
            .WithSummary("Uploads or replaces a language version (publicity editors, national admins): an MP4 file of up to 200 MiB, or an https link.")
            .WithDescription(UploadDescription)
            .Accepts<IFormFile>("multipart/form-data")
            .WithMaxBodyBytes(FilmUpload.Rules.MaxBodyBytes)
            // A form's body may be 128 MiB unless the endpoint says otherwise; a film's may be as large as the file allows.
            .WithFormOptions(multipartBodyLengthLimit: FilmUpload.Rules.MaxBodyBytes)
            // A bearer token, not a cookie, authorises the upload: there is no cross-site form to guard against.
            .DisableAntiforgery()
            .RequireAuthorization(policy => policy.RequireRole(PublicationsApi.Editors))
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                // The link endpoint below is left out of the document; its body is described here, from its type.
                operation.RequestBody?.Content?.Add("application/json", new OpenApiMediaType
                {
                    Schema = await context.GetOrCreateSchemaAsync(typeof(FilmLinkRequest), cancellationToken: cancellationToken),
                });
            })
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        versions.MapPut("/{language}", PutLink).WithName("PutFilmVersionLink")
            .Accepts<FilmLinkRequest>("application/json")
            .RequireAuthorization(policy => policy.RequireRole(PublicationsApi.Editors))
            .ExcludeFromDescription();
        // Declaring no content type, it ranks after the two above and takes any other body, or none.
        versions.MapPut("/{language}", RefuseBody).WithName("PutFilmVersionOtherBody")
            .RequireAuthorization(policy => policy.RequireRole(PublicationsApi.Editors))
            .ExcludeFromDescription();
        versions.MapGet("/{language}", Watch).WithName("WatchFilmVersion").AllowAnonymous()
            .WithSummary("The version's MP4, as uploaded (with ranges, for players); one hosted elsewhere redirects there. 404 when the film is not published and the caller does not edit.")
            .ProducesFile([FileTypes.Mp4])
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound);
        versions.MapDelete("/{language}", Delete).WithName("DeleteFilmVersion")
            .WithSummary("Removes one language version (publicity editors, national admins).")
            .RequireAuthorization(policy => policy.RequireRole(PublicationsApi.Editors))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return versions;
    }

    public static async Task<Results<Created<FilmVersionView>, Ok<FilmVersionView>, ProblemHttpResult>> PutFile(
        [AsParameters] FilmVersionTarget target, IFormFile? file, HttpContext http, [AsParameters] FilmServices services,
        CancellationToken cancellationToken)
    {
        if (!await services.Db.Films.AnyAsync(f => f.Id == target.Id, cancellationToken))
        {
            return FilmsApi.NotFound();
        }
        var (upload, problem) = await FileUpload.ReadAsync(await http.Request.ReadFormAsync(cancellationToken), file, FilmUpload.Rules,
            cancellationToken);
        if (upload is null)
        {
            return problem!;
        }
        return await SaveAsync(target, version =>
        {
            version.ExternalUrl = null;
            version.FileName = upload.FileName;
            version.ContentType = upload.Type.ContentType;
            version.Size = upload.Bytes.LongLength;
            version.Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes));
        }, upload.Bytes, http, services, cancellationToken);
    }

    public static async Task<Results<Created<FilmVersionView>, Ok<FilmVersionView>, ProblemHttpResult>> PutLink(
        [AsParameters] FilmVersionTarget target, FilmLinkRequest request, HttpContext http, [AsParameters] FilmServices services,
        CancellationToken cancellationToken) =>
        await SaveAsync(target, version =>
        {
            version.ExternalUrl = request.ExternalUrl!.Trim();
            (version.FileName, version.ContentType, version.Size, version.Sha256) = (null, null, null, null);
        }, bytes: null, http, services, cancellationToken);

    public static ProblemHttpResult RefuseBody() => Problems.UnsupportedMediaType(ReaderLanguage.Pick(
        "Изпратете файла като multipart/form-data (една част с име \"file\") или връзката като application/json.",
        "Send the file as multipart/form-data (one part named \"file\"), or the link as application/json.",
        "Envoyez le fichier en multipart/form-data (une partie nommée « file »), ou le lien en application/json."));

    public static async Task<Results<FileContentHttpResult, RedirectHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Watch(
        [AsParameters] FilmVersionTarget target, HttpContext http, PublicityDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.FilmVersions.AsNoTracking()
            .Where(v => v.FilmId == target.Id && v.Language == target.Language)
            .Select(v => new { Version = v, Published = db.Films.Where(f => f.Id == v.FilmId).Select(f => f.Published).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || (!found.Published && !PublicationsApi.MayEdit(http)))
        {
            return VersionNotFound();
        }
        var version = found.Version;
        if (version.ExternalUrl is { } url)
        {
            return TypedResults.Redirect(url);
        }
        var tag = FileDownloads.Prepare(http, version.Sha256!, out var notModified);
        if (notModified)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified); // without loading the bytes
        }
        var bytes = await db.FilmVersionContents.AsNoTracking().Where(c => c.FilmId == target.Id && c.Language == target.Language)
            .Select(c => c.Bytes).SingleAsync(cancellationToken);
        return TypedResults.File(bytes, version.ContentType, version.FileName, lastModified: version.UploadedAt, entityTag: tag,
            enableRangeProcessing: true);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete([AsParameters] FilmVersionTarget target, HttpContext http,
        [AsParameters] FilmServices services, CancellationToken cancellationToken)
    {
        // Its bytes go with it (ON DELETE CASCADE), without being loaded.
        if (await services.Db.FilmVersions.Where(v => v.FilmId == target.Id && v.Language == target.Language)
                .ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return VersionNotFound();
        }
        await services.Audit.RecordAsync(http, "film-version-delete", $"films/{target.Id}/{target.Language}", "done");
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Makes or replaces the version <paramref name="target"/> names as <paramref name="describe"/> says, storing
    /// <paramref name="bytes"/> (null for a link) in place of any it had, and audits it.
    /// </summary>
    private static async Task<Results<Created<FilmVersionView>, Ok<FilmVersionView>, ProblemHttpResult>> SaveAsync(
        FilmVersionTarget target, Action<FilmVersion> describe, byte[]? bytes, HttpContext http, FilmServices services,
        CancellationToken cancellationToken)
    {
        if (!await services.Db.Films.AnyAsync(f => f.Id == target.Id, cancellationToken))
        {
            return FilmsApi.NotFound();
        }
        var version = await services.Db.FilmVersions.SingleOrDefaultAsync(v => v.FilmId == target.Id && v.Language == target.Language,
            cancellationToken);
        var isNew = version is null;
        var hadFile = version is { IsLink: false };
        if (version is null)
        {
            version = new FilmVersion { FilmId = target.Id, Language = target.Language };
            services.Db.FilmVersions.Add(version);
        }
        describe(version);
        version.UploadedAt = services.Clock.GetUtcNow();
        // The old bytes are replaced or removed by key, never loaded.
        var content = new FilmVersionContent { FilmId = target.Id, Language = target.Language, Bytes = bytes ?? [] };
        services.Db.Entry(content).State = (hadFile, bytes is not null) switch
        {
            (true, true) => EntityState.Modified,
            (true, false) => EntityState.Deleted,
            (false, true) => EntityState.Added,
            _ => EntityState.Detached,
        };
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Някой друг качи тази версия в същия момент; прегледайте я и опитайте отново.",
                "Someone else uploaded this version at the same moment; look at it, then try again.",
                "Quelqu'un d'autre a déposé cette version au même moment ; consultez-la, puis réessayez."));
        }
        await services.Audit.RecordAsync(http, "film-version-upload", $"films/{target.Id}/{target.Language}", "done");
        var view = FilmVersionView.From(version);
        return isNew ? TypedResults.Created(view.File, view) : TypedResults.Ok(view);
    }

    private static ProblemHttpResult VersionNotFound() => Problems.NotFound("Film version not found", ReaderLanguage.Pick(
        "Филмът няма версия на този език.", "The film has no version in this language.", "Le film n'a pas de version dans cette langue."));
}
