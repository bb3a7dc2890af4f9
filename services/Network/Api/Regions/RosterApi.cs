using Justice.Audit;
using Justice.Network.Data;
using Justice.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Regions;

/// <summary>
/// A region's roster: the practitioners Training registered there, counted by profession. Seen by national callers
/// and by the region's own people.
/// </summary>
public static class RosterApi
{
    public static RouteGroupBuilder MapRosterApi(this IEndpointRouteBuilder regions)
    {
        var roster = regions.MapGroup("/{code}/roster").RequireAuthorization();
        roster.MapGet("/", GetRoster)
            .WithName("GetRegionRoster")
            .WithSummary("How many registered (and trained) practitioners of each profession the region's pool holds.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return roster;
    }

    public static async Task<Results<Ok<RosterView>, ProblemHttpResult>> GetRoster(
        string code, NetworkDbContext db, HttpContext http, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var region = await RegionsApi.FindAsync(db, code, cancellationToken);
        if (region is null)
        {
            return RegionsApi.RegionNotFound();
        }
        if (!http.User.MaySeeRegion(region.Code))
        {
            // Another region's roster is, for this caller, a roster that does not exist.
            await audit.RecordAsync(http, "roster-read", region.Code, "refused");
            return RegionsApi.RegionNotFound();
        }

        var counts = await db.Roster.AsNoTracking()
            .Where(m => m.RegionCode == region.Code)
            .GroupBy(m => m.Profession)
            .Select(g => new ProfessionCount(g.Key, g.Count(), g.Count(m => m.TrainedAt != null)))
            .ToListAsync(cancellationToken);
        var byProfession = counts.OrderBy(c => c.Profession, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new RosterView(region.Code, byProfession.Sum(c => c.Count), byProfession.Sum(c => c.Trained), byProfession));
    }
}
