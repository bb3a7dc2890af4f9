using Justice.Api;
using Justice.Assessment.Domain;
using Justice.Assessment.Domain.Assessments;
using Justice.Assessment.Training;
using Justice.Contracts.Events;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Assessments;

/// <summary>
/// Completing a version: only a practitioner whose training is complete (Training says so) may; a national admin may
/// override, and the override is audited. The rules' outcome is frozen, the previous version superseded, and
/// <see cref="AssessmentCompleted"/> leaves through the outbox in the same transaction.
/// </summary>
public static class AssessmentCompletion
{
    public static void MapAssessmentCompletionApi(this RouteGroupBuilder assessments) =>
        assessments.MapPost("/{version:int}/complete", Complete)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.Practitioner))
            .WithName("CompleteAssessment")
            .WithSummary("Completes a draft: a trained practitioner of the victim's region, or a national admin (audited as an override).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> Complete(
        Guid victimId, int version, HttpContext http, [AsParameters] AssessmentServices services, ITrainingCheck training,
        CancellationToken cancellationToken)
    {
        var found = await services.FindDraftAsync(victimId, version, http, ReaderLanguage.Pick("Тази версия вече е приключена.",
            "This version is already completed.", "Cette version est déjà terminée."), cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var assessment = found.Value;
        // Art. 22(5): a basic assessment does not do for a severe crime or a victim of Art. 22(3).
        if (FactsValidation.ValidateForCompletion(assessment.Facts) is { Count: > 0 } invalid)
        {
            return AssessmentsApi.Invalid(invalid, "facts.");
        }
        var outcome = ProtectionRules.Evaluate(assessment.Facts);

        var isAdmin = http.User.HasRole(Roles.NationalAdmin);
        if (!isAdmin)
        {
            bool trained;
            try
            {
                trained = await training.IsTrainedAsync(http.User.UserId()!, cancellationToken);
            }
            catch (TrainingCheckUnavailableException)
            {
                return Problems.Unavailable(ReaderLanguage.Pick(
                    "В момента не може да се провери дали обучението Ви е завършено. Опитайте отново след малко.",
                    "Whether your training is complete could not be checked right now. Try again shortly.",
                    "Impossible de vérifier pour l'instant si votre formation est terminée. Réessayez dans un instant."));
            }
            catch (TrainingCheckRefusedException)
            {
                await services.Audit.RecordAsync(http, "assessment-complete", assessment.Id.ToString(), "refused-training-check");
                return Problems.Forbidden(ReaderLanguage.Pick(
                    "Обучението Ви не може да бъде проверено с този вход. Влезте отново с обхват „training“.",
                    "Your training could not be checked with this sign-in. Sign in again with the \"training\" scope.",
                    "Votre formation n'a pas pu être vérifiée avec cette connexion. Reconnectez-vous avec la portée « training »."));
            }
            if (!trained)
            {
                await services.Audit.RecordAsync(http, "assessment-complete", assessment.Id.ToString(), "refused-untrained");
                return Problems.Forbidden(ReaderLanguage.Pick(
                    "Само практикуващ специалист със завършено обучение по програмата може да приключи оценка.",
                    "Only a practitioner who has completed the programme's training may complete an assessment.",
                    "Seul un praticien ayant terminé la formation du programme peut clôturer une évaluation."));
            }
        }

        var now = services.Clock.GetUtcNow();
        assessment.Outcome = outcome;
        assessment.Status = AssessmentStatus.Completed;
        assessment.CompletedAt = now;
        assessment.CompletedBy = http.User.UserId();
        assessment.CompletedByOverride = isAdmin;
        // Saved with this version, in one transaction: the victim always has exactly one current assessment.
        foreach (var earlier in await services.Db.Assessments
                     .Where(a => a.VictimId == victimId && a.Status == AssessmentStatus.Completed).ToListAsync(cancellationToken))
        {
            earlier.Status = AssessmentStatus.Superseded;
        }
        services.Outbox.Add(Completed(assessment, outcome, now));
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await services.Audit.RecordAsync(http, isAdmin ? "assessment-complete-override" : "assessment-complete",
            assessment.Id.ToString(), "done");
        services.Metrics.AssessmentCompleted(assessment.RegionCode, assessment.AgeGroup);
        return TypedResults.Ok(AssessmentView.From(assessment, services.Deadline(), now));
    }

    private static AssessmentCompleted Completed(VictimAssessment assessment, AssessmentOutcome outcome, DateTimeOffset now) => new(
        assessment.VictimId,
        assessment.Id,
        assessment.Version,
        assessment.RegionCode,
        assessment.AgeGroup,
        [.. assessment.Facts.CrimeCategories],
        assessment.Facts.Risks.ToDictionary(r => r.Risk, r => Codes.Of(r.Level), StringComparer.Ordinal),
        [.. outcome.ProtectionNeeds.Select(n => n.Clause)],
        [.. outcome.Measures.Where(m => m.Status == RecommendationStatus.Recommended).Select(m => m.Code)],
        [.. outcome.SupportNeeds.Select(s => s.Code)],
        assessment.DaysToCompletion ?? 0,
        now);
}
