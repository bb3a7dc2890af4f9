using FluentValidation;
using Justice.Api;
using Justice.Contracts.Events;
using Justice.Network.Api.Cooperation;
using Justice.Network.Cooperation;
using Justice.Network.Domain.Cases;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Network.Api.Cases;

/// <summary>The body of <c>POST /api/network/cases/{id}/close</c>.</summary>
/// <param name="Outcome">How the case ended: <c>support-completed</c>, <c>proceedings-ended</c>, <c>transferred</c>,
/// <c>victim-declined</c> or <c>other</c>.</param>
public sealed record CloseCaseRequest(string? Outcome);

public sealed class CloseCaseRequestValidator : RequestValidator<CloseCaseRequest>
{
    public CloseCaseRequestValidator() => RuleFor(r => r.Outcome).NotEmpty().OneOf([.. CaseOutcomes.All.Keys]);
}

/// <summary>A closed case: its outcome and the verdict on cooperation, criterion by criterion.</summary>
public sealed record ClosedCaseView(Guid Id, DateTimeOffset ClosedAt, string Outcome, string OutcomeName, CaseEvaluationView Evaluation);

/// <summary>
/// A case's evaluation against the seven criteria of effective cooperation, at any time, and its closure: the verdict
/// given then is the case's for good, and <see cref="CooperationCaseClosed"/> carries it to the other services.
/// </summary>
public static class CaseClosureApi
{
    public static void MapCaseClosureApi(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}/evaluation", Evaluate)
            .WithName("EvaluateCase")
            .WithSummary("The case scored against the seven criteria of effective cooperation, each with the facts behind it "
                + "(as of now; for a closed case, as of its closure).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapPost("/{id:guid}/close", Close)
            .WithName("CloseCase")
            .WithSummary("Closes the case with an outcome; cooperation on it was effective when at least 5 of the 7 criteria hold.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<CaseEvaluationView>, ProblemHttpResult>> Evaluate(
        Guid id, HttpContext http, [AsParameters] CaseServices services, CaseScoring scoring, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "case-evaluation-read", tracked: false, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        return TypedResults.Ok(CaseEvaluationView.From(await scoring.EvaluateAsync(services.Db, found.Value, cancellationToken)));
    }

    public static async Task<Results<Ok<ClosedCaseView>, ProblemHttpResult>> Close(
        Guid id, CloseCaseRequest request, HttpContext http, [AsParameters] CaseServices services, CaseScoring scoring,
        NetworkMetrics metrics, CancellationToken cancellationToken)
    {
        var found = await services.FindOpenAsync(id, http, "case-close", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var @case = found.Value;
        @case.ClosedAt = services.Clock.GetUtcNow();
        @case.Outcome = request.Outcome!;
        @case.ClosedBy = http.User.Actor();
        var evaluation = await scoring.RescoreAsync(services.Db, @case, cancellationToken);
        services.Outbox.Add(new CooperationCaseClosed(@case.Id, @case.VictimId, @case.RegionCode, @case.AgeGroup, @case.Outcome,
            evaluation.Effective, evaluation.CriteriaMet, @case.ClosedAt.Value));
        if (await services.SaveAsync(@case, http, "case-close", cancellationToken) is { } conflict)
        {
            return conflict;
        }
        metrics.CaseClosed(@case.RegionCode, evaluation.Effective);
        return TypedResults.Ok(new ClosedCaseView(@case.Id, @case.ClosedAt.Value, @case.Outcome,
            CaseOutcomes.All[@case.Outcome].In(ReaderLanguage.Current), CaseEvaluationView.From(evaluation)));
    }
}
