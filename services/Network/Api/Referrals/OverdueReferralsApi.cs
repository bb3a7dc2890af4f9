using Justice.Api;
using Justice.Audit;
using Justice.Network.Api.Regions;
using Justice.Network.Data;
using Justice.Network.Domain.Referrals;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Referrals;

/// <summary>A region's referrals past their deadline and still waiting, for the people who work its cases.</summary>
public static class OverdueReferralsApi
{
    public static void MapOverdueReferralsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/regions/{code}/referrals/overdue", List).WithTags("Referrals")
            .RequireAuthorization(policy => policy.RequireRole(ReferralsApi.Workers))
            .WithName("ListOverdueReferrals")
            .WithSummary("The region's referrals still sent or accepted after their deadline, most overdue first, a page at a time.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<PagedList<ReferralView>>, ProblemHttpResult>> List(
        string code, [AsParameters] PageQuery page, NetworkDbContext db, TimeProvider clock, SecurityAuditLog audit, HttpContext http,
        CancellationToken cancellationToken)
    {
        var region = await RegionsApi.FindAsync(db, code, cancellationToken);
        if (region is null)
        {
            return RegionsApi.RegionNotFound();
        }
        if (!await http.MayWorkCasesAsync(region.Code, db, cancellationToken))
        {
            await http.RefuseAsync(audit, "referral-overdue-list", $"region/{region.Code}");
            return Problems.Forbidden("Only the people who work this region's cases see its overdue referrals.");
        }
        var now = clock.GetUtcNow();
        var overdue = await db.Referrals.AsNoTracking()
            .Where(r => r.RegionCode == region.Code && (r.State == ReferralState.Sent || r.State == ReferralState.Accepted) && r.DueBy < now)
            .OrderBy(r => r.DueBy).ThenBy(r => r.Id)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(overdue.Select(r => ReferralView.From(r, now)));
    }
}
