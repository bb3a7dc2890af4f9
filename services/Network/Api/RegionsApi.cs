using Justice.Contracts;
using Justice.Network.Data;
using Justice.Network.Domain;
using Justice.Audit;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api;

public static class RegionsApi
{
    public static RouteGroupBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var regions = app.MapGroup("/api/network/regions").WithTags("Regions");

        regions.MapGet("/", ListRegions)
            .AllowAnonymous() // public reference data
            .WithName("ListRegions")
            .WithSummary("The 28 judicial regions, names in the reader's language (Accept-Language: bg, en, fr).");
        regions.MapGet("/{code}", GetRegion)
            .AllowAnonymous()
            .WithName("GetRegion")
            .WithSummary("One judicial region by its ISO 3166-2:BG code, e.g. BG-05.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        regions.MapGet("/{code}/roster", GetRoster)
            .RequireAuthorization()
            .WithName("GetRegionRoster")
            .WithSummary("How many registered (and trained) practitioners of each profession the region's pool holds.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return regions;
    }

    public static async Task<Ok<RegionList>> ListRegions(NetworkDbContext db, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RegionList(regions.Select(RegionView.From).ToList(), regions.Count));
    }

    public static async Task<Results<Ok<RegionView>, ProblemHttpResult>> GetRegion(
        string code, NetworkDbContext db, CancellationToken cancellationToken)
    {
        var region = await FindAsync(db, code, cancellationToken);
        return region is null ? RegionNotFound() : TypedResults.Ok(RegionView.From(region));
    }

    public static async Task<Results<Ok<RosterView>, ProblemHttpResult>> GetRoster(
        string code, NetworkDbContext db, HttpContext http, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var region = await FindAsync(db, code, cancellationToken);
        if (region is null)
        {
            return RegionNotFound();
        }
        if (!http.User.MaySeeRegion(region.Code))
        {
            // Another region's roster is, for this caller, a roster that does not exist.
            await audit.RecordAsync(http, "roster-read", region.Code, "refused");
            return RegionNotFound();
        }

        var counts = await db.Roster.AsNoTracking()
            .Where(m => m.RegionCode == region.Code)
            .GroupBy(m => m.Profession)
            .Select(g => new ProfessionCount(g.Key, g.Count(), g.Count(m => m.TrainedAt != null)))
            .ToListAsync(cancellationToken);
        var byProfession = counts.OrderBy(c => c.Profession, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new RosterView(region.Code, byProfession.Sum(c => c.Count), byProfession.Sum(c => c.Trained), byProfession));
    }

    private static async Task<JudicialRegion?> FindAsync(NetworkDbContext db, string code, CancellationToken cancellationToken)
    {
        var normalized = JudicialRegionCode.Normalize(code);
        return JudicialRegionCode.IsWellFormed(normalized)
            ? await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == normalized, cancellationToken)
            : null;
    }

    private static ProblemHttpResult RegionNotFound() =>
        Problems.NotFound("Judicial region not found", "There is no judicial region with this code; codes run from BG-01 to BG-28.");
}

public sealed record RegionList(IReadOnlyList<RegionView> Items, int Total);

public sealed record RegionView(string Code, string Name, string Nuts3, string Court)
{
    public static RegionView From(JudicialRegion region) =>
        new(region.Code,
            Languages.Pick(region.NameBg, region.NameEn, region.NameFr),
            region.Nuts3,
            // The district courts have official names in Bulgarian and English only.
            Languages.Current == Languages.Bulgarian ? region.CourtBg : region.CourtEn);
}

/// <param name="Trained">Members who completed the programme's regional training.</param>
public sealed record RosterView(string RegionCode, int Total, int Trained, IReadOnlyList<ProfessionCount> ByProfession);

public sealed record ProfessionCount(string Profession, int Count, int Trained);
