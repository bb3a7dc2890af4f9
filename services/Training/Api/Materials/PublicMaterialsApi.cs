using Justice.Api;
using Justice.Api.Files;
using Justice.Training.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Materials;

/// <summary>
/// The materials national admins made public: listed and downloaded by anyone, without a token (the public website
/// links them). A material that is not public is, here, as if it did not exist.
/// </summary>
public static class PublicMaterialsApi
{
    public static void MapPublicMaterialsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/materials/public", List).AllowAnonymous().WithTags("Training materials")
            .WithName("ListPublicMaterials")
            .WithSummary("Public: the materials anyone may read, newest first, a page at a time, titles in the reader's language.")
            .ProducesValidationProblem();
        api.MapGet("/materials/public/{id:guid}/versions/{language}", Download).AllowAnonymous().WithTags("Training materials")
            .WithName("DownloadPublicMaterialVersion")
            .WithSummary("Public: a public material's version, as uploaded; a film kept on another site redirects there.")
            .ProducesFile(FileTypes.All)
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<PagedList<MaterialView>>> List([AsParameters] PageQuery page, TrainingDbContext db,
        CancellationToken cancellationToken)
    {
        var materials = await db.Materials.AsNoTracking().Where(m => m.Public).Include(m => m.Versions)
            .OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).ToPageAsync(page, cancellationToken);
        var names = await MaterialsApi.CompetencyNamesAsync(db, materials.Items.SelectMany(m => m.Competencies), cancellationToken);
        return TypedResults.Ok(materials.Select(m => MaterialView.From(m, names)));
    }

    public static async Task<Results<FileContentHttpResult, RedirectHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Download(
        Guid id, string language, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await MaterialVersionsApi.DownloadFrom(
            db.MaterialVersions.Where(v => db.Materials.Any(m => m.Id == v.MaterialId && m.Public)), id, language, db, http, cancellationToken);
}
