using Justice.Api;
using Justice.Assessment.Data;
using Justice.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Justice.Assessment.Api.Overdue;

/// <summary>Drafts not completed within the deadline after the first contact (7 days unless configured otherwise).</summary>
public static class OverdueAssessmentsApi
{
    public static void MapOverdueAssessmentsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/assessments/overdue", List).WithTags("Assessments")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator))
            .WithName("ListOverdueAssessments")
            .WithSummary("Overdue drafts, oldest first contact first, a page at a time: pseudonymous ids only.")
            .ProducesValidationProblem();

    /// <summary>One overdue draft: whose (by pseudonymous id), where, and how late.</summary>
    public sealed record OverdueAssessment(Guid VictimId, int Version, string RegionCode, string AgeGroup, DateTimeOffset FirstContactAt, int DaysOpen);

    public static async Task<Ok<PagedList<OverdueAssessment>>> List(
        [AsParameters] PageQuery page, AssessmentDbContext db, TimeProvider clock, IOptions<AssessmentOptions> options, HttpContext http,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = db.Assessments.AsNoTracking().Overdue(now, options.Value.DeadlineDays);
        if (!http.User.IsNational())
        {
            var own = http.User.RegionCode();
            query = query.Where(a => a.RegionCode == own);
        }
        var overdue = await query.OrderBy(a => a.FirstContactAt).ThenBy(a => a.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(overdue.Select(a => new OverdueAssessment(
            a.VictimId, a.Version, a.RegionCode, a.AgeGroup, a.FirstContactAt, (int)(now - a.FirstContactAt).TotalDays)));
    }
}
