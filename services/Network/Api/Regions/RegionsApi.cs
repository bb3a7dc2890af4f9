using Justice.Api;
using Justice.Contracts;
using Justice.Network.Data;
using Justice.Network.Domain;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Regions;

/// <summary>The 28 judicial regions: public reference data, and each region's pool of practitioners.</summary>
public static class RegionsApi
{
    public static RouteGroupBuilder MapRegionsApi(this IEndpointRouteBuilder api)
    {
        var regions = api.MapGroup("/regions").WithTags("Regions");

        regions.MapGet("/", ListRegions)
            .AllowAnonymous() // public reference data
            .WithName("ListRegions")
            .WithSummary("The 28 judicial regions, names in the reader's language (Accept-Language: bg, en, fr).");
        regions.MapGet("/{code}", GetRegion)
            .AllowAnonymous()
            .WithName("GetRegion")
            .WithSummary("One judicial region by its ISO 3166-2:BG code, e.g. BG-05.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        regions.MapRosterApi();
        return regions;
    }

    public static Task<CachedJson<RegionList>> ListRegions(RegionAnswers answers, CancellationToken cancellationToken) =>
        answers.ListAsync(cancellationToken);

    public static async Task<Results<CachedJson<RegionView>, ProblemHttpResult>> GetRegion(
        string code, RegionAnswers answers, CancellationToken cancellationToken) =>
        await answers.FindAsync(code, cancellationToken) is { } region ? region : RegionNotFound();

    /// <summary>
    /// The region a path names, in any case (<c>bg-05</c>); a code of the wrong shape names no region, so it is not
    /// found rather than invalid.
    /// </summary>
    internal static async Task<JudicialRegion?> FindAsync(NetworkDbContext db, string code, CancellationToken cancellationToken)
    {
        var normalized = JudicialRegionCode.Normalize(code);
        return JudicialRegionCode.IsWellFormed(normalized)
            ? await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == normalized, cancellationToken)
            : null;
    }

    internal static ProblemHttpResult RegionNotFound() =>
        Problems.NotFound("Judicial region not found", "There is no judicial region with this code; codes run from BG-01 to BG-28.");
}
