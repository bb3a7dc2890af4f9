using Justice.Api;
using Justice.Audit;
using Justice.Network.Api.Regions;
using Justice.Network.Data;
using Justice.Network.Domain;
using Justice.Network.Domain.Cooperation;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Cooperation;

/// <summary>
/// The share of closed cooperation cases that were effective, against the programme's 75% target: nationally, and by
/// region (each region's figures are its territorial team's). Counts only, never a case.
/// </summary>
public static class CooperationFiguresApi
{
    private const string Action = "cooperation-figures-read";

    public static void MapCooperationFiguresApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/figures/cooperation", National).WithTags("Cooperation figures")
            .RequireAuthorization(policy => policy.RequireRole(NetworkAccess.AggregateReaders))
            .WithName("GetCooperationFigures")
            .WithSummary("Open, closed and effective cooperation cases nationally and in each of the 28 regions, against the 75% target.")
            .WithDescription("National callers only: a coordinator is refused (403, audited) and reads their own region's figures instead.");
        api.MapGet("/regions/{code}/figures/cooperation", Region).WithTags("Cooperation figures")
            .RequireAuthorization(policy => policy.RequireRole(NetworkAccess.AggregateReaders))
            .WithName("GetRegionCooperationFigures")
            .WithSummary("One region's (and so its territorial team's) open, closed and effective cooperation cases, against the 75% target.")
            .WithDescription("A coordinator reads their own region's; another region's is refused (403, audited).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<CooperationFiguresView>, ProblemHttpResult>> National(
        HttpContext http, NetworkDbContext db, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        if (!http.User.IsNational())
        {
            await http.RefuseAsync(audit, Action, "figures/cooperation");
            return Problems.Forbidden("The national figures are for national callers; read your own region's figures instead.");
        }
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var teams = await TeamsAsync(db, null, cancellationToken);
        var counts = await CooperationFiguresQuery.ByRegionAsync(db, null, cancellationToken);
        return TypedResults.Ok(new CooperationFiguresView(
            CooperationFigures.From(CooperationFiguresQuery.National(counts)),
            [.. regions.Select(r => Row(r, teams, counts))]));
    }

    public static async Task<Results<Ok<RegionCooperationFigures>, ProblemHttpResult>> Region(
        string code, HttpContext http, NetworkDbContext db, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var region = await RegionsApi.FindAsync(db, code, cancellationToken);
        if (region is null)
        {
            return RegionsApi.RegionNotFound();
        }
        if (!http.User.MaySeeRegion(region.Code))
        {
            await http.RefuseAsync(audit, Action, $"figures/cooperation/{region.Code}");
            return Problems.Forbidden("You may see your own judicial region's figures only.");
        }
        var teams = await TeamsAsync(db, region.Code, cancellationToken);
        var counts = await CooperationFiguresQuery.ByRegionAsync(db, region.Code, cancellationToken);
        return TypedResults.Ok(Row(region, teams, counts));
    }

    private static Task<Dictionary<string, Guid>> TeamsAsync(NetworkDbContext db, string? regionCode, CancellationToken cancellationToken) =>
        db.Teams.AsNoTracking().Where(t => regionCode == null || t.RegionCode == regionCode)
            .ToDictionaryAsync(t => t.RegionCode, t => t.Id, StringComparer.Ordinal, cancellationToken);

    private static RegionCooperationFigures Row(JudicialRegion region, Dictionary<string, Guid> teams,
        IReadOnlyDictionary<string, CaseCounts> counts) =>
        RegionCooperationFigures.From(region.Code, ReaderLanguage.Pick(region.NameBg, region.NameEn, region.NameFr),
            teams.TryGetValue(region.Code, out var team) ? team : null, counts.GetValueOrDefault(region.Code));
}
