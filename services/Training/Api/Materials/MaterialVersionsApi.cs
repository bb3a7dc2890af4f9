using System.Security.Cryptography;
using Justice.Api.Files;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Data;
using Justice.Training.Domain.Materials;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Npgsql;

namespace Justice.Training.Api.Materials;

/// <summary>
/// A material's language versions (<c>/materials/{id}/versions/{language}</c>): each a stored file or, for a film,
/// a link. National admins upload, replace and remove them; everyone in the programme downloads.
/// </summary>
public static class MaterialVersionsApi
{
    private const string UploadDescription = "multipart/form-data with one part named \"file\" (its type is decided from its "
        + "content, and its name must have the matching extension), or, for a film only, application/json {\"externalUrl\": \"https://…\"}.";

    public static RouteGroupBuilder MapMaterialVersionsApi(this IEndpointRouteBuilder api)
    {
        var versions = api.MapGroup("/materials/{id:guid}/versions").WithTags("Training materials")
            .RequireAuthorization(policy => policy.RequireRole(Roles.People));

        // One operation, two bodies: the route's endpoint is picked by the body's content type.
        versions.MapPut("/{language}", PutFile).WithName("PutMaterialVersion")
            .WithSummary("Uploads or replaces a language version (national admins): a PDF, DOCX, PPTX or MP4 file of up to 20 MiB, or a film's https link.")
            .WithDescription(UploadDescription)
            .WithMaxBodyBytes(MaterialUpload.Rules.MaxBodyBytes)
            // A bearer token, not a cookie, authorises the upload: there is no cross-site form to guard against.
            .DisableAntiforgery()
            .RequireAuthorization(policy => policy.RequireRole(MaterialsApi.Editors))
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                // The link endpoint below is left out of the document; its body is described here, from its type.
                operation.RequestBody?.Content?.Add("application/json", new OpenApiMediaType
                {
                    Schema = await context.GetOrCreateSchemaAsync(typeof(ExternalLinkRequest), cancellationToken: cancellationToken),
                });
            })
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        versions.MapPut("/{language}", PutLink).WithName("PutMaterialVersionLink")
            .Accepts<ExternalLinkRequest>("application/json")
            .RequireAuthorization(policy => policy.RequireRole(MaterialsApi.Editors))
            .ExcludeFromDescription();
        // Declaring no content type, it ranks after the two above and takes any other body, or none.
        versions.MapPut("/{language}", RefuseBody).WithName("PutMaterialVersionOtherBody")
            .RequireAuthorization(policy => policy.RequireRole(MaterialsApi.Editors))
            .ExcludeFromDescription();
        versions.MapGet("/{language}/file", Download).WithName("DownloadMaterialVersion")
            .WithSummary("The version's file, as uploaded; a film kept on another site redirects there.")
            .ProducesFile(FileTypes.All)
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound);
        versions.MapDelete("/{language}", DeleteVersion).WithName("DeleteMaterialVersion")
            .WithSummary("Removes one language version (national admins).")
            .RequireAuthorization(policy => policy.RequireRole(MaterialsApi.Editors))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return versions;
    }

    public static async Task<Results<Created<MaterialVersionView>, Ok<MaterialVersionView>, ProblemHttpResult>> PutFile(
        [AsParameters] VersionTarget target, IFormFile? file, HttpContext http, [AsParameters] MaterialServices services,
        CancellationToken cancellationToken)
    {
        var material = await FindAsync(services, target.Id, cancellationToken);
        if (material is null)
        {
            return MaterialsApi.MaterialNotFound();
        }
        var (upload, problem) = await FileUpload.ReadAsync(http.Request.Form, file, MaterialUpload.Rules, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }
        return await SaveAsync(material, target.Language, version =>
        {
            version.FileName = upload.FileName;
            version.ContentType = upload.Type.ContentType;
            version.Size = upload.Bytes.LongLength;
            version.Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes));
            version.ExternalUrl = null;
        }, upload.Bytes, http, services, cancellationToken);
    }

    public static async Task<Results<Created<MaterialVersionView>, Ok<MaterialVersionView>, ProblemHttpResult>> PutLink(
        [AsParameters] VersionTarget target, ExternalLinkRequest request, HttpContext http, [AsParameters] MaterialServices services,
        CancellationToken cancellationToken)
    {
        var material = await FindAsync(services, target.Id, cancellationToken);
        if (material is null)
        {
            return MaterialsApi.MaterialNotFound();
        }
        var url = request.ExternalUrl.Trim();
        if (MaterialRules.ExternalLinkRefusal(material.Kind, url) is { } refusal)
        {
            return Problems.Invalid("externalUrl", refusal);
        }
        return await SaveAsync(material, target.Language, version =>
        {
            version.FileName = null;
            version.ContentType = null;
            version.Size = null;
            version.Sha256 = null;
            version.ExternalUrl = url;
        }, bytes: null, http, services, cancellationToken);
    }

    public static ProblemHttpResult RefuseBody() =>
        Problems.UnsupportedMediaType("Send the file as multipart/form-data (one part named \"file\"), or a film's link as application/json.");

    public static Task<Results<FileContentHttpResult, RedirectHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Download(
        Guid id, string language, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        DownloadFrom(db.MaterialVersions, id, language, db, http, cancellationToken);

    /// <summary>A version found among <paramref name="versions"/> (all of them, or the public materials' only).</summary>
    internal static async Task<Results<FileContentHttpResult, RedirectHttpResult, StatusCodeHttpResult, ProblemHttpResult>> DownloadFrom(
        IQueryable<MaterialVersion> versions, Guid id, string language, TrainingDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        var version = await versions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.MaterialId == id && v.Language == language, cancellationToken);
        if (version is null)
        {
            return VersionNotFound();
        }
        if (version.ExternalUrl is { } url)
        {
            return TypedResults.Redirect(url);
        }
        var tag = FileDownloads.Prepare(http, version.Sha256!, out var notModified);
        if (notModified)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified); // without loading the bytes
        }
        var bytes = await db.MaterialContents.AsNoTracking().Where(c => c.MaterialId == id && c.Language == language)
            .Select(c => c.Bytes).SingleAsync(cancellationToken);
        return TypedResults.File(bytes, version.ContentType, version.FileName, lastModified: version.UploadedAt, entityTag: tag,
            enableRangeProcessing: true);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteVersion(
        Guid id, string language, HttpContext http, [AsParameters] MaterialServices services, CancellationToken cancellationToken)
    {
        if (await services.Db.MaterialVersions.Where(v => v.MaterialId == id && v.Language == language).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return VersionNotFound();
        }
        await services.Audit.RecordAsync(http, "material-version-delete", $"{id}/{language}", "done");
        return TypedResults.NoContent();
    }

    private static Task<Material?> FindAsync(MaterialServices services, Guid id, CancellationToken cancellationToken) =>
        services.Db.Materials.Include(m => m.Versions).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>
    /// Makes or replaces the <paramref name="language"/> version of <paramref name="material"/> as <paramref name="describe"/>
    /// says, storing <paramref name="bytes"/> (null for a link) in place of any it had.
    /// </summary>
    private static async Task<Results<Created<MaterialVersionView>, Ok<MaterialVersionView>, ProblemHttpResult>> SaveAsync(
        Material material, string language, Action<MaterialVersion> describe, byte[]? bytes, HttpContext http,
        MaterialServices services, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var by = http.User.Actor();
        var version = material.Versions.SingleOrDefault(v => v.Language == language);
        var isNew = version is null;
        var hadFile = version is { IsLink: false };
        if (version is null)
        {
            version = new MaterialVersion { MaterialId = material.Id, Language = language, UploadedAt = now, UploadedBy = by };
            services.Db.MaterialVersions.Add(version);
        }
        describe(version);
        version.UploadedAt = now;
        version.UploadedBy = by;
        // The old bytes are replaced or removed by key, never loaded.
        var content = new MaterialContent { MaterialId = material.Id, Language = language, Bytes = bytes ?? [] };
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
            return Problems.Conflict("This version was uploaded by someone else at the same moment; look at it, then try again.");
        }
        await services.Audit.RecordAsync(http, "material-version-upload", $"{material.Id}/{language}", "done");
        var view = MaterialVersionView.From(version);
        return isNew ? TypedResults.Created(view.File ?? $"/api/training/materials/{material.Id}", view) : TypedResults.Ok(view);
    }

    private static ProblemHttpResult VersionNotFound() =>
        Problems.NotFound("Material version not found", "This material has no version in this language.");
}
