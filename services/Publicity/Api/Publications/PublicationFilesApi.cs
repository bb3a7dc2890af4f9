using System.Security.Cryptography;
using Justice.Api;
using Justice.Api.Files;
using Justice.Publicity.Data;
using Justice.Publicity.Domain.Publications;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Publicity.Api.Publications;

/// <summary>
/// A publication's files (<c>/publications/{id}/files/{language}</c>): a PDF per language, for the kind <c>publication</c>
/// only. Uploaded, replaced and removed with its texts (while a draft or withdrawn); downloaded by whoever may read it.
/// </summary>
public static class PublicationFilesApi
{
    public static RouteGroupBuilder MapPublicationFilesApi(this IEndpointRouteBuilder api)
    {
        var files = api.MapGroup("/publications/{id:guid}/files").WithTags("Publications");

        files.MapPut("/{language}", Upload).WithName("UploadPublicationFile")
            .WithSummary("Uploads or replaces a publication's PDF in one language, up to 20 MiB (publicity editors, national admins), while it is a draft or withdrawn.")
            .WithDescription(PublicationUpload.Rules.Describe())
            .Accepts<IFormFile>("multipart/form-data")
            .WithMaxBodyBytes(PublicationUpload.Rules.MaxBodyBytes)
            // A bearer token, not a cookie, authorises the upload: there is no cross-site form to guard against.
            .DisableAntiforgery()
            .RequireAuthorization(policy => policy.RequireRole(PublicationsApi.Editors))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        files.MapGet("/{language}", Download).WithName("DownloadPublicationFile").AllowAnonymous()
            .WithSummary("The publication's PDF in one language; 404 when the publication is not published and the caller does not edit.")
            .ProducesFile([FileTypes.Pdf])
            .ProducesProblem(StatusCodes.Status404NotFound);
        files.MapDelete("/{language}", Delete).WithName("DeletePublicationFile")
            .WithSummary("Removes a publication's PDF in one language (publicity editors, national admins), while it is a draft or withdrawn.")
            .RequireAuthorization(policy => policy.RequireRole(PublicationsApi.Editors))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return files;
    }

    public static async Task<Results<Created<PublicationFileView>, Ok<PublicationFileView>, ProblemHttpResult>> Upload(
        [AsParameters] PublicationFileTarget target, IFormFile? file, HttpContext http, [AsParameters] PublicationServices services,
        CancellationToken cancellationToken)
    {
        PublicationFile? stored = null;
        var isNew = false;
        var found = await PublicationsApi.MoveAsync(target.Id, PublicationAction.Edit, "publication-file-upload", http, services,
            async publication =>
            {
                if (!PublicationKinds.CarriesFiles(publication.Kind))
                {
                    return NoFiles();
                }
                var (upload, problem) = await FileUpload.ReadAsync(await http.Request.ReadFormAsync(cancellationToken), file,
                    PublicationUpload.Rules, cancellationToken);
                if (upload is null)
                {
                    return problem;
                }
                stored = publication.Files.SingleOrDefault(f => f.Language == target.Language);
                isNew = stored is null;
                var sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes));
                if (stored is null)
                {
                    stored = new PublicationFile
                    {
                        PublicationId = publication.Id, Language = target.Language, FileName = upload.FileName,
                        ContentType = upload.Type.ContentType, Sha256 = sha256,
                    };
                    publication.Files.Add(stored);
                }
                (stored.FileName, stored.ContentType, stored.Sha256) = (upload.FileName, upload.Type.ContentType, sha256);
                stored.Size = upload.Bytes.LongLength;
                stored.UploadedAt = services.Clock.GetUtcNow();
                // The old bytes are replaced by key, never loaded.
                var content = new PublicationFileContent { PublicationId = publication.Id, Language = target.Language, Bytes = upload.Bytes };
                services.Db.Entry(content).State = isNew ? EntityState.Added : EntityState.Modified;
                return null;
            }, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var view = PublicationFileView.From(stored!);
        return isNew ? TypedResults.Created(view.File, view) : TypedResults.Ok(view);
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Download(
        [AsParameters] PublicationFileTarget target, HttpContext http, PublicityDbContext db, CancellationToken cancellationToken)
    {
        var file = await db.PublicationFiles.AsNoTracking()
            .Where(f => f.PublicationId == target.Id && f.Language == target.Language)
            .Select(f => new { File = f, State = db.Publications.Where(p => p.Id == f.PublicationId).Select(p => p.State).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null || (file.State != PublicationState.Published && !PublicationsApi.MayEdit(http)))
        {
            return FileNotFound();
        }
        var tag = FileDownloads.Prepare(http, file.File.Sha256, out var notModified);
        if (notModified)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified); // without loading the bytes
        }
        var bytes = await db.PublicationFileContents.AsNoTracking()
            .Where(c => c.PublicationId == target.Id && c.Language == target.Language)
            .Select(c => c.Bytes).SingleAsync(cancellationToken);
        return TypedResults.File(bytes, file.File.ContentType, file.File.FileName, lastModified: file.File.UploadedAt, entityTag: tag,
            enableRangeProcessing: true);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete([AsParameters] PublicationFileTarget target, HttpContext http,
        [AsParameters] PublicationServices services, CancellationToken cancellationToken)
    {
        var found = await PublicationsApi.MoveAsync(target.Id, PublicationAction.Edit, "publication-file-delete", http, services,
            publication =>
            {
                if (publication.Files.SingleOrDefault(f => f.Language == target.Language) is not { } stored)
                {
                    return Task.FromResult<ProblemHttpResult?>(FileNotFound());
                }
                // Its bytes go with it (ON DELETE CASCADE), without being loaded.
                publication.Files.Remove(stored);
                services.Db.PublicationFiles.Remove(stored);
                return Task.FromResult<ProblemHttpResult?>(null);
            }, cancellationToken);
        return found.Refused ? found.Problem : TypedResults.NoContent();
    }

    private static ProblemHttpResult NoFiles() => Problems.Conflict(ReaderLanguage.Pick(
        "Само публикация (не статия или прессъобщение) има файлове.", "Only a publication (not an article or a press release) carries files.",
        "Seule une publication (pas un article ni un communiqué de presse) porte des fichiers."));

    private static ProblemHttpResult FileNotFound() => Problems.NotFound("Publication file not found", ReaderLanguage.Pick(
        "Публикацията няма файл на този език.", "The publication has no file in this language.",
        "La publication n'a pas de fichier dans cette langue."));
}
