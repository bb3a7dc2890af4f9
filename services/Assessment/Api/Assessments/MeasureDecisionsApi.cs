using Justice.Api;
using Justice.Assessment.Domain;
using Justice.Assessment.Domain.Assessments;
using Justice.Contracts.Events;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Assessment.Api.Assessments;

/// <summary>
/// The special measures of a completed assessment, one by one: each recommended measure is decided by the competent
/// authority (accepted or not, and why), and an accepted one is then applied (when, by which institution) or recorded
/// as not applied (why). A measure the victim declined (Art. 22(6)) is never decided as applied.
/// </summary>
public static class MeasureDecisionsApi
{
    public static void MapMeasureDecisionsApi(this RouteGroupBuilder assessments)
    {
        assessments.MapPut("/{version:int}/measures/{measure}/decision", Decide)
            .WithName("DecideMeasure")
            .WithSummary("Records the competent authority's decision on a recommended special measure.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        assessments.MapPut("/{version:int}/measures/{measure}/application", Apply)
            .WithName("ApplyMeasure")
            .WithSummary("Records that an accepted measure was applied, or why it was not.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> Decide(
        Guid victimId, int version, string measure, DecideMeasureRequest request, HttpContext http,
        [AsParameters] AssessmentServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(victimId, version, http, tracked: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var assessment = found.Value;
        if (assessment.Status != AssessmentStatus.Completed || assessment.Outcome is null)
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Мерките се решават по текущата, приключена версия на оценката.",
                "Measures are decided on the current, completed version of an assessment.",
                "Les mesures se décident sur la version actuelle et terminée d'une évaluation."));
        }
        var recommended = assessment.Outcome.Measures.SingleOrDefault(m => m.Code == measure);
        if (recommended is null || recommended.Status != RecommendationStatus.Recommended)
        {
            return Problems.NotFound(ReaderLanguage.Pick(
                "Мярката не е препоръчана",
                "Measure not recommended",
                "Mesure non recommandée"),
                recommended is null
                    ? ReaderLanguage.Pick(
                        "Тази оценка не препоръчва тази мярка.",
                        "This assessment does not recommend this measure.",
                        "Cette évaluation ne recommande pas cette mesure.")
                    : ReaderLanguage.Pick(
                        "Жертвата отказа тази мярка: тя не се решава и не се прилага против волята ѝ.",
                        "The victim declined this measure: it is not decided or applied against their wish.",
                        "La victime a refusé cette mesure : elle n'est ni décidée ni appliquée contre sa volonté."));
        }
        var now = services.Clock.GetUtcNow();
        var decision = assessment.Decisions.SingleOrDefault(d => d.Measure == measure);
        if (decision?.Applied is not null)
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Прилагането на мярката вече е записано: решението за нея не се променя.",
                "The measure's application is already recorded: its decision no longer changes.",
                "L'application de la mesure est déjà enregistrée : sa décision ne change plus."));
        }
        if (decision is null)
        {
            decision = new MeasureDecision { AssessmentId = assessment.Id, Measure = measure };
            assessment.Decisions.Add(decision);
        }
        decision.Decide(request.Accepted!.Value, request.Reason?.Trim() ?? "", request.Authority, now, http.User.UserId()!);
        services.Outbox.Add(new MeasureDecided(assessment.VictimId, assessment.Id, assessment.Version, assessment.RegionCode,
            assessment.AgeGroup, measure, decision.Accepted, decision.Authority, now));
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        await services.Audit.RecordAsync(http, "measure-decide", $"{assessment.Id}/{measure}", "done");
        return TypedResults.Ok(AssessmentView.From(assessment, services.Deadline(), now));
    }

    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> Apply(
        Guid victimId, int version, string measure, ApplyMeasureRequest request, HttpContext http,
        [AsParameters] AssessmentServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(victimId, version, http, tracked: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var assessment = found.Value;
        var decision = assessment.Decisions.SingleOrDefault(d => d.Measure == measure);
        if (decision is null)
        {
            return Problems.NotFound(ReaderLanguage.Pick(
                "Няма решение за мярката",
                "Measure not decided",
                "Mesure non décidée"), ReaderLanguage.Pick(
                    "Няма записано решение за тази мярка: първо вземете решение.",
                    "No decision on this measure is recorded: decide it first.",
                    "Aucune décision sur cette mesure n'est enregistrée : décidez-la d'abord."));
        }
        if (!decision.Accepted)
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Мярката не е приета: не може да бъде приложена.",
                "The measure was not accepted: it cannot be applied.",
                "La mesure n'a pas été acceptée : elle ne peut pas être appliquée."));
        }
        if (decision.Applied is not null)
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Прилагането на мярката вече е записано.",
                "The measure's application is already recorded.",
                "L'application de la mesure est déjà enregistrée."));
        }
        var now = services.Clock.GetUtcNow();
        decision.Applied = request.Applied!.Value;
        decision.AppliedOn = decision.Applied == true ? request.AppliedOn : null;
        decision.AppliedBy = decision.Applied == true ? request.Institution!.Trim() : null;
        decision.NotAppliedReason = decision.Applied == true ? null : request.Reason!.Trim();
        services.Outbox.Add(new MeasureApplied(assessment.VictimId, assessment.Id, assessment.Version, assessment.RegionCode,
            assessment.AgeGroup, measure, decision.Applied.Value, decision.AppliedOn, now));
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        await services.Audit.RecordAsync(http, "measure-apply", $"{assessment.Id}/{measure}", "done");
        if (decision.Applied == true)
        {
            services.Metrics.MeasureApplied(assessment.RegionCode, measure);
        }
        return TypedResults.Ok(AssessmentView.From(assessment, services.Deadline(), now));
    }
}
