using Justice.Network.Domain.Cases;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Cases;

/// <summary>
/// A case's plan: actions, each for an institution of the region by a day, marked done once; and the reviews of the
/// plan. Free texts stay in the case: no event or log line carries them.
/// </summary>
public static class CasePlanApi
{
    public static void MapCasePlanApi(this RouteGroupBuilder cases)
    {
        var plan = cases.MapGroup("/{id:guid}/plan");
        plan.MapGet("/", Get)
            .WithName("GetCasePlan")
            .WithSummary("The case's plan: its actions by due day, and its reviews.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        plan.MapPost("/actions", AddAction)
            .WithName("AddCasePlanAction")
            .WithSummary("Adds an action to the plan: what, by which institution of the region, by which day.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        plan.MapPost("/actions/{actionId:guid}/done", MarkDone)
            .WithName("MarkCasePlanActionDone")
            .WithSummary("Marks an action of the plan done, now.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        plan.MapPost("/reviews", AddReview)
            .WithName("AddCasePlanReview")
            .WithSummary("Records a review of the plan.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<PlanView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "case-plan-read", tracked: false, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        return TypedResults.Ok(await LoadAsync(found.Value.Id, services, cancellationToken));
    }

    /// <summary>The case's plan: actions by due day, reviews by day.</summary>
    public static async Task<PlanView> LoadAsync(Guid caseId, CaseServices services, CancellationToken cancellationToken)
    {
        var actions = await services.Db.PlanActions.AsNoTracking().Where(a => a.CaseId == caseId)
            .OrderBy(a => a.DueOn).ThenBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        var reviews = await services.Db.PlanReviews.AsNoTracking().Where(r => r.CaseId == caseId)
            .OrderBy(r => r.ReviewedOn).ThenBy(r => r.RecordedAt).ToListAsync(cancellationToken);
        return new PlanView([.. actions.Select(PlanActionView.From)], [.. reviews.Select(PlanReviewView.From)]);
    }

    public static async Task<Results<Created<PlanActionView>, ProblemHttpResult>> AddAction(
        Guid id, AddPlanActionRequest request, HttpContext http, [AsParameters] CaseServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindOpenAsync(id, http, "case-plan-action", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var @case = found.Value;
        var responsible = request.ResponsibleInstitutionId!.Value;
        if (await services.FirstOutsideRegionAsync(@case.RegionCode, [responsible], cancellationToken) is not null)
        {
            return CaseServices.NotOfRegion("responsibleInstitutionId");
        }
        var action = new CasePlanAction
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            Description = request.Description!.Trim(),
            ResponsibleInstitutionId = responsible,
            DueOn = request.DueOn!.Value,
            CreatedAt = services.Clock.GetUtcNow(),
            CreatedBy = http.User.Actor(),
        };
        services.Db.PlanActions.Add(action);
        if (await services.SaveAsync(@case, http, "case-plan-action", cancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Created($"/api/network/cases/{@case.Id}/plan", PlanActionView.From(action));
    }

    public static async Task<Results<Ok<PlanActionView>, ProblemHttpResult>> MarkDone(
        Guid id, Guid actionId, HttpContext http, [AsParameters] CaseServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindOpenAsync(id, http, "case-plan-done", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var @case = found.Value;
        var action = await services.Db.PlanActions.SingleOrDefaultAsync(a => a.Id == actionId && a.CaseId == @case.Id, cancellationToken);
        if (action is null)
        {
            return Problems.NotFound("Action not found", "The case's plan has no action with this id.");
        }
        if (action.DoneAt is not null)
        {
            return Problems.Conflict("The action is already done.");
        }
        action.DoneAt = services.Clock.GetUtcNow();
        action.DoneBy = http.User.Actor();
        if (await services.SaveAsync(@case, http, "case-plan-done", cancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Ok(PlanActionView.From(action));
    }

    public static async Task<Results<Created<PlanReviewView>, ProblemHttpResult>> AddReview(
        Guid id, AddPlanReviewRequest request, HttpContext http, [AsParameters] CaseServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindOpenAsync(id, http, "case-plan-review", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var @case = found.Value;
        var review = new CasePlanReview
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            ReviewedOn = request.ReviewedOn!.Value,
            Summary = string.IsNullOrWhiteSpace(request.Summary) ? null : request.Summary.Trim(),
            RecordedAt = services.Clock.GetUtcNow(),
            RecordedBy = http.User.Actor(),
        };
        services.Db.PlanReviews.Add(review);
        if (await services.SaveAsync(@case, http, "case-plan-review", cancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Created($"/api/network/cases/{@case.Id}/plan", PlanReviewView.From(review));
    }
}
