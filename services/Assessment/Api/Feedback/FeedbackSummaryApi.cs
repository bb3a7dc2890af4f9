using Justice.Api;
using Justice.Assessment.Data;
using Justice.Assessment.Feedback;
using Justice.Audit;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Feedback;

/// <summary>Victims' feedback in aggregate, for evaluation: no figure about fewer than five answers.</summary>
public static class FeedbackSummaryApi
{
    /// <summary>Maps <c>/summary</c> under <paramref name="feedback"/>, the group of <c>/feedback</c>.</summary>
    public static RouteHandlerBuilder MapFeedbackSummaryApi(this RouteGroupBuilder feedback) =>
        feedback.MapGet("/summary", Summary)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.Evaluator, Roles.RegionalCoordinator))
            .WithName("SummarizeFeedback")
            .WithSummary("Feedback by region and age group over a span of months; groups under 5 answers are suppressed.")
            .WithDescription("Coordinators see their own region. Comments are shown to national admins only, in groups large enough to show.")
            .ProducesValidationProblem();

    public static async Task<Results<Ok<FeedbackSummaryView>, ProblemHttpResult>> Summary(
        [AsParameters] SummaryQuery query, HttpContext http, AssessmentDbContext db, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var region = query.RegionCode;
        if (!http.User.IsNational())
        {
            var own = http.User.RegionCode();
            if (region is not null && region != own)
            {
                await audit.RecordAsync(http, "feedback-summary", region, "refused");
                return Problems.Forbidden(ReaderLanguage.Pick(
                    "Можете да виждате обратната връзка само от своя съдебен район.",
                    "You may see the feedback of your own judicial region only.",
                    "Vous ne pouvez voir que les retours de votre propre région judiciaire."));
            }
            region = own;
        }
        var answers = db.FeedbackAnswers.AsNoTracking();
        if (region is not null)
        {
            answers = answers.Where(a => a.RegionCode == region);
        }
        if (query.FromMonth is { } from)
        {
            answers = answers.Where(a => a.Month >= from);
        }
        if (query.ToMonth is { } to)
        {
            answers = answers.Where(a => a.Month <= to);
        }
        var groups = FeedbackSummaries.Summarize(await answers.ToListAsync(cancellationToken), ReaderLanguage.Current,
            withComments: http.User.HasRole(Roles.NationalAdmin));
        return TypedResults.Ok(new FeedbackSummaryView(region, query.FromMonth, query.ToMonth, FeedbackSummaries.MinimumGroupSize, groups));
    }
}
