using Justice.Contracts.Events;
using Justice.Network.Domain.Referrals;
using Justice.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Referrals;

/// <summary>
/// A referral's answers and ends: accepted or rejected by the receiving institution, completed, or revoked. What
/// <see cref="ReferralStateMachine"/> does not allow from the current state is a 409 that names that state.
/// </summary>
public static class ReferralTransitionsApi
{
    public static void MapReferralTransitionsApi(this IEndpointRouteBuilder referrals)
    {
        referrals.MapPost("/{id:guid}/accept", Accept)
            .WithName("AcceptReferral")
            .WithSummary("The receiving institution takes on a sent referral.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        referrals.MapPost("/{id:guid}/reject", Reject)
            .WithName("RejectReferral")
            .WithSummary("The receiving institution declines a sent referral, saying why.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        referrals.MapPost("/{id:guid}/complete", Complete)
            .WithName("CompleteReferral")
            .WithSummary("The receiving institution completed an accepted referral; whether within its deadline is recorded.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        referrals.MapPost("/{id:guid}/revoke", Revoke)
            .WithName("RevokeReferral")
            .WithSummary("Withdraws a referral that is sent or accepted; the body, with a reason, is optional.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static Task<Results<Ok<ReferralView>, ProblemHttpResult>> Accept(
        Guid id, HttpContext http, [AsParameters] ReferralServices services, CancellationToken cancellationToken) =>
        ApplyAsync(id, ReferralAction.Accept, null, http, services, cancellationToken);

    public static Task<Results<Ok<ReferralView>, ProblemHttpResult>> Reject(
        Guid id, RejectReferralRequest request, HttpContext http, [AsParameters] ReferralServices services,
        CancellationToken cancellationToken) =>
        ApplyAsync(id, ReferralAction.Reject, request.Reason, http, services, cancellationToken);

    public static Task<Results<Ok<ReferralView>, ProblemHttpResult>> Complete(
        Guid id, HttpContext http, [AsParameters] ReferralServices services, CancellationToken cancellationToken) =>
        ApplyAsync(id, ReferralAction.Complete, null, http, services, cancellationToken);

    public static Task<Results<Ok<ReferralView>, ProblemHttpResult>> Revoke(
        Guid id, RevokeReferralRequest? request, HttpContext http, [AsParameters] ReferralServices services,
        CancellationToken cancellationToken) =>
        ApplyAsync(id, ReferralAction.Revoke, request?.Reason, http, services, cancellationToken);

    private static async Task<Results<Ok<ReferralView>, ProblemHttpResult>> ApplyAsync(
        Guid id, ReferralAction action, string? reason, HttpContext http, ReferralServices services, CancellationToken cancellationToken)
    {
        var auditAction = $"referral-{action.ToString().ToLowerInvariant()}";
        var found = await services.FindAsync(id, http, auditAction, tracked: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var referral = found.Value;
        var @case = await services.Db.Cases.AsNoTracking().SingleAsync(c => c.Id == referral.CaseId, cancellationToken);
        if (ReferralServices.Closed(@case) is { } closed)
        {
            return closed;
        }
        var now = services.Clock.GetUtcNow();
        var state = referral.State;
        if (!referral.Apply(action, now, http.User.Actor(), reason))
        {
            return IllegalTransition(state, action);
        }
        if (action == ReferralAction.Complete)
        {
            services.Outbox.Add(new ReferralCompleted(referral.Id, referral.CaseId, referral.RegionCode,
                referral.CompletedWithinDeadline!.Value, now));
        }
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        await services.Audit.RecordAsync(http, auditAction, $"referral/{referral.Id}", "done");
        return TypedResults.Ok(ReferralView.From(referral, now));
    }

    /// <summary>409 naming the state the referral is in (also as the problem's <c>state</c> member) and what it cannot become.</summary>
    private static ProblemHttpResult IllegalTransition(ReferralState state, ReferralAction action) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Conflict",
            detail: $"The referral is {ReferralCodes.Of(state)}: it cannot be {ReferralCodes.Done(action)}.",
            extensions: new Dictionary<string, object?> { ["state"] = ReferralCodes.Of(state) });
}
