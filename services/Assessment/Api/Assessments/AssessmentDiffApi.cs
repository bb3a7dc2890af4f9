using FluentValidation;
using Justice.Api;
using Justice.Assessment.Domain;
using Justice.Assessment.Domain.Assessments;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Assessments;

/// <summary>What changed between any two versions of a victim's assessment (Art. 22(7)): facts, risks, needs, measures.</summary>
public static class AssessmentDiffApi
{
    public static void MapAssessmentDiffApi(this RouteGroupBuilder assessments) =>
        assessments.MapGet("/diff", Diff)
            .WithName("DiffAssessments")
            .WithSummary("What changed from one version to another: facts, risks, protection needs and measures.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The versions to compare, from the query string: <c>?from=1&amp;to=2</c>.</summary>
    public sealed record DiffQuery(int? From = null, int? To = null);

    public sealed class DiffQueryValidator : RequestValidator<DiffQuery>
    {
        public DiffQueryValidator()
        {
            RuleFor(q => q.From).NotNull().GreaterThanOrEqualTo(1);
            RuleFor(q => q.To).NotNull().GreaterThanOrEqualTo(1);
        }
    }

    public static async Task<Results<Ok<AssessmentDiff>, ProblemHttpResult>> Diff(
        Guid victimId, [AsParameters] DiffQuery query, HttpContext http, [AsParameters] AssessmentServices services,
        CancellationToken cancellationToken)
    {
        var victim = await services.Victims.FindAsync(victimId, http, cancellationToken);
        if (victim.Refused)
        {
            return victim.Problem;
        }
        int[] wanted = [query.From!.Value, query.To!.Value];
        var versions = await services.Db.Assessments.AsNoTracking()
            .Where(a => a.VictimId == victimId && wanted.Contains(a.Version)).ToListAsync(cancellationToken);
        var from = versions.SingleOrDefault(v => v.Version == query.From);
        var to = versions.SingleOrDefault(v => v.Version == query.To);
        if (from is null || to is null)
        {
            return AssessmentServices.NoSuchVersion();
        }
        return TypedResults.Ok(ReassessmentDiff.Between(Snapshot(from), Snapshot(to)));
    }

    // A draft is compared by what the rules conclude from its facts now, as its view shows it.
    private static AssessmentVersion Snapshot(VictimAssessment assessment) =>
        new(assessment.Version, assessment.Facts, assessment.Outcome ?? ProtectionRules.Evaluate(assessment.Facts));
}
