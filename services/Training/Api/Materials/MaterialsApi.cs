using Justice.Api;
using Justice.Audit;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Justice.Training.Data;
using Justice.Training.Domain.Competencies;
using Justice.Training.Domain.Materials;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Materials;

/// <summary>
/// The training materials package: manuals, presentations, case studies, handouts and the film, each in up to
/// three languages and linked to the competencies it develops. Everyone in the programme reads and downloads;
/// national admins create, upload and delete.
/// </summary>
public static class MaterialsApi
{
    /// <summary>Who may change the package.</summary>
    internal static readonly string[] Editors = [Roles.NationalAdmin];

    public static RouteGroupBuilder MapMaterialsApi(this IEndpointRouteBuilder api)
    {
        var materials = api.MapGroup("/materials").WithTags("Training materials")
            .RequireAuthorization(policy => policy.RequireRole(Roles.People));

        materials.MapPost("/", Create).WithName("CreateMaterial")
            .WithSummary("Adds a material to the package (national admins); its language versions are uploaded next.")
            .RequireAuthorization(policy => policy.RequireRole(Editors))
            .ProducesValidationProblem();
        materials.MapGet("/", List).WithName("ListMaterials")
            .WithSummary("The package's materials, newest first, a page at a time; by kind, competency or language.")
            .ProducesValidationProblem();
        materials.MapGet("/{id:guid}", Get).WithName("GetMaterial")
            .WithSummary("One material with its language versions, titles in the reader's language.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        materials.MapPut("/{id:guid}", Update).WithName("UpdateMaterial")
            .WithSummary("Replaces a material's titles, the competencies it develops and whether it is public (national admins); its kind stays.")
            .RequireAuthorization(policy => policy.RequireRole(Editors))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        materials.MapDelete("/{id:guid}", Delete).WithName("DeleteMaterial")
            .WithSummary("Removes a material and all its versions (national admins), unless a session's agenda uses it.")
            .RequireAuthorization(policy => policy.RequireRole(Editors))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapMaterialVersionsApi();
        api.MapPublicMaterialsApi();
        return materials;
    }

    public static async Task<Results<Created<MaterialView>, ProblemHttpResult>> Create(
        CreateMaterialRequest request, HttpContext http, [AsParameters] MaterialServices services, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var material = new Material
        {
            Id = Guid.CreateVersion7(now),
            Kind = MaterialKinds.Parse(request.Kind)!.Value,
            TitleBg = request.Titles.Bg.Trim(),
            TitleEn = request.Titles.En?.Trim(),
            TitleFr = request.Titles.Fr?.Trim(),
            Competencies = Codes(request.Competencies),
            CreatedAt = now,
            Public = request.Public,
        };
        services.Db.Materials.Add(material);
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "material-create", material.Id.ToString(), "done");
        var names = await CompetencyNamesAsync(services.Db, material.Competencies, cancellationToken);
        return TypedResults.Created($"/api/training/materials/{material.Id}", MaterialView.From(material, names));
    }

    public static async Task<Results<Ok<MaterialView>, ProblemHttpResult>> Update(
        Guid id, UpdateMaterialRequest request, HttpContext http, [AsParameters] MaterialServices services, CancellationToken cancellationToken)
    {
        var material = await services.Db.Materials.Include(m => m.Versions).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (material is null)
        {
            return MaterialNotFound();
        }

        material.TitleBg = request.Titles.Bg.Trim();
        material.TitleEn = request.Titles.En?.Trim();
        material.TitleFr = request.Titles.Fr?.Trim();
        material.Competencies = Codes(request.Competencies);
        material.Public = request.Public;
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "material-update", material.Id.ToString(), "done");
        return TypedResults.Ok(MaterialView.From(material, await CompetencyNamesAsync(services.Db, material.Competencies, cancellationToken)));
    }

    public static async Task<Ok<PagedList<MaterialView>>> List(
        [AsParameters] MaterialFilter filter, [AsParameters] PageQuery page, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Materials.AsNoTracking();
        if (MaterialKinds.Parse(filter.Kind) is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }
        if (filter.Competency is { } competency)
        {
            query = query.Where(m => m.Competencies.Contains(competency));
        }
        if (filter.Language is { } language)
        {
            query = query.Where(m => m.Versions.Any(v => v.Language == language));
        }
        var materials = await query.Include(m => m.Versions).OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToPageAsync(page, cancellationToken);
        var names = await CompetencyNamesAsync(db, materials.Items.SelectMany(m => m.Competencies), cancellationToken);
        return TypedResults.Ok(materials.Select(m => MaterialView.From(m, names)));
    }

    public static async Task<Results<Ok<MaterialView>, ProblemHttpResult>> Get(Guid id, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var material = await db.Materials.AsNoTracking().Include(m => m.Versions).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return material is null
            ? MaterialNotFound()
            : TypedResults.Ok(MaterialView.From(material, await CompetencyNamesAsync(db, material.Competencies, cancellationToken)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, HttpContext http, [AsParameters] MaterialServices services, CancellationToken cancellationToken)
    {
        // A session's agenda keeps pointing at what it used: such a material stays.
        var agendaItem = $$"""[{"materials":["{{id}}"]}]""";
        var linked = await services.Db.Database
            .SqlQuery<int>($"SELECT 1 AS \"Value\" FROM training_sessions WHERE agenda @> {agendaItem}::jsonb")
            .AnyAsync(cancellationToken);
        if (linked)
        {
            return Problems.Conflict("A training session's agenda uses this material; it stays, and new versions may replace its files.");
        }
        // Versions and their bytes go with it (ON DELETE CASCADE), without loading them.
        if (await services.Db.Materials.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return MaterialNotFound();
        }
        await services.Audit.RecordAsync(http, "material-delete", id.ToString(), "done");
        return TypedResults.NoContent();
    }

    internal static ProblemHttpResult MaterialNotFound() =>
        Problems.NotFound("Material not found", "There is no training material with this id.");

    /// <summary>The competencies developed, each once, in code order.</summary>
    private static List<string> Codes(IReadOnlyList<string> codes) => [.. codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Each competency's name in the reader's language, as the latest framework version words it.</summary>
    internal static async Task<IReadOnlyDictionary<string, string>> CompetencyNamesAsync(
        TrainingDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.Set<FrameworkCompetency>().AsNoTracking().Where(c => wanted.Contains(c.Code)).ToListAsync(cancellationToken);
        return rows.GroupBy(c => c.Code, StringComparer.Ordinal).Select(g => g.MaxBy(c => c.VersionNumber)!)
            .ToDictionary(c => c.Code, c => ReaderLanguage.Pick(c.NameBg, c.NameEn, c.NameFr), StringComparer.Ordinal);
    }
}

/// <summary>What the handlers that change the package need.</summary>
public sealed record MaterialServices(TrainingDbContext Db, SecurityAuditLog Audit, TimeProvider Clock);
