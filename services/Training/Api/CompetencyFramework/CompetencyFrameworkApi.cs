using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Catalogs;
using Justice.Training.Data;
using Justice.Training.Domain.Competencies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.CompetencyFramework;

/// <summary>
/// The competency framework: read by everyone signed in, in their language; changed by national admins
/// through drafts, published once complete, and immutable from then on.
/// </summary>
public static class CompetencyFrameworkApi
{
    public static RouteGroupBuilder MapCompetencyFrameworkApi(this IEndpointRouteBuilder api)
    {
        var framework = api.MapGroup("/competency-framework").WithTags("Competency framework")
            .RequireAuthorization();
        var editors = new[] { Roles.NationalAdmin };

        framework.MapGet("/", GetCurrent).WithName("GetCompetencyFramework")
            .WithSummary("The latest published framework, in the reader's language.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        framework.MapGet("/versions", ListVersions).WithName("ListCompetencyFrameworkVersions")
            .WithSummary("Every version, draft or published.");
        framework.MapGet("/versions/{number:int}", GetVersion).WithName("GetCompetencyFrameworkVersion")
            .WithSummary("One version (drafts for national admins only).").ProducesProblem(StatusCodes.Status404NotFound);
        framework.MapPost("/versions", StartDraft).WithName("StartCompetencyFrameworkDraft")
            .WithSummary("A new draft, copied from the latest published version.")
            .RequireAuthorization(policy => policy.RequireRole(editors)).ProducesProblem(StatusCodes.Status409Conflict);
        framework.MapPut("/versions/{number:int}/profiles/{profession}", SetProfile).WithName("SetProfessionProfile")
            .WithSummary("The level (1–3) a profession needs in each competency, in a draft.")
            .RequireAuthorization(policy => policy.RequireRole(editors))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        framework.MapPut("/versions/{number:int}/competencies/{code}", Describe).WithName("DescribeCompetency")
            .WithSummary("A competency's name and description in bg, en and fr, in a draft.")
            .RequireAuthorization(policy => policy.RequireRole(editors))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        framework.MapPost("/versions/{number:int}/publish", Publish).WithName("PublishCompetencyFramework")
            .WithSummary("Publishes a complete draft; from then on it never changes.")
            .RequireAuthorization(policy => policy.RequireRole(editors))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return framework;
    }

    public static async Task<Results<Ok<FrameworkView>, ProblemHttpResult>> GetCurrent(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var current = await Versions(db).Where(v => v.PublishedAt != null).OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);
        return current is null
            ? Problems.NotFound("No published framework", "The competency framework has not been published yet.")
            : TypedResults.Ok(FrameworkView.From(current));
    }

    public static async Task<Ok<List<VersionSummary>>> ListVersions(TrainingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.FrameworkVersions.AsNoTracking().OrderBy(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.PublishedAt != null ? "published" : "draft", v.CreatedAt, v.PublishedAt))
            .ToListAsync(cancellationToken));

    public static async Task<Results<Ok<FrameworkView>, ProblemHttpResult>> GetVersion(
        int number, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var version = await Versions(db).SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        return version is null || (!version.IsPublished && !http.User.HasRole(Roles.NationalAdmin))
            ? VersionNotFound()
            : TypedResults.Ok(FrameworkView.From(version));
    }

    public static async Task<Results<Created<VersionSummary>, ProblemHttpResult>> StartDraft(
        TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var latest = await Versions(db, tracking: true).OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
        if (!latest.IsPublished)
        {
            return Problems.Conflict($"Version {latest.Number} is still a draft: finish and publish it first.");
        }
        var draft = latest.NextDraft(clock.GetUtcNow());
        db.FrameworkVersions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/competency-framework/versions/{draft.Number}",
            new VersionSummary(draft.Number, "draft", draft.CreatedAt, null));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> SetProfile(
        int number, string profession, ProfileLevels levels, TrainingDbContext db, CancellationToken cancellationToken)
    {
        if (!Professions.IsKnown(profession))
        {
            return Problems.NotFound("Profession not found", "There is no profession with this code.");
        }
        var version = await Versions(db, tracking: true).SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        if (version is null)
        {
            return VersionNotFound();
        }

        var change = version.SetProfile(profession, levels);
        if (change.RefusedBecause is { } reason)
        {
            return Problems.Conflict(reason);
        }
        if (!change.Succeeded)
        {
            // Every code this version does not know is named at once (the validator has kept the levels on the scale).
            string[] unknown = ["Unknown competency in this version."];
            var errors = change.UnknownCompetencies.ToDictionary(code => code, _ => unknown, StringComparer.Ordinal);
            foreach (var code in change.LevelsOutOfScale)
            {
                errors.TryAdd(code, [ProfileLevelsValidator.OffTheScale]);
            }
            return Problems.Validation(errors);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Describe(
        int number, string code, CompetencyTextsRequest request, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var version = await Versions(db, tracking: true).SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        if (version is null)
        {
            return VersionNotFound();
        }

        var change = version.Describe(code, request.ToTexts());
        if (change is null)
        {
            return Problems.NotFound("Competency not found", "This version of the framework has no competency with this code.");
        }
        if (change.RefusedBecause is { } reason)
        {
            return Problems.Conflict(reason);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<VersionSummary>, ProblemHttpResult>> Publish(
        int number, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var version = await Versions(db, tracking: true).SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        if (version is null)
        {
            return VersionNotFound();
        }
        var change = version.Publish(Professions.All.Select(p => p.Code), clock.GetUtcNow());
        if (change.RefusedBecause is { } reason)
        {
            return Problems.Conflict(reason);
        }
        if (!change.Succeeded)
        {
            return Problems.Invalid("profiles", $"Levels are missing for: {string.Join(", ", change.Missing)}.");
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new VersionSummary(version.Number, "published", version.CreatedAt, version.PublishedAt));
    }

    private static IQueryable<CompetencyFrameworkVersion> Versions(TrainingDbContext db, bool tracking = false)
    {
        var versions = db.FrameworkVersions.Include(v => v.Competencies).Include(v => v.Requirements).AsSplitQuery();
        return tracking ? versions : versions.AsNoTracking();
    }

    private static ProblemHttpResult VersionNotFound() =>
        Problems.NotFound("Framework version not found", "There is no such version of the competency framework.");
}
