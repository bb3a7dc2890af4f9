using Justice.Api;
using Justice.Assessment.Data;
using Justice.Assessment.Domain;
using Justice.Assessment.Domain.Assessments;
using Justice.Audit;
using Justice.Contracts.Events;
using Justice.Messaging.Outbox;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Justice.Assessment.Api.Assessments;

/// <summary>
/// A victim's individual assessment (Art. 22), one version at a time: started as a draft, its facts filled in,
/// completed by a trained practitioner; each re-assessment (22(7)) is the next version, and the history stays whole.
/// </summary>
public static class AssessmentsApi
{
    /// <summary>Who works on assessments: the victim's region's practitioners and coordinators, and national admins.</summary>
    public static readonly string[] Assessors = [Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Practitioner];

    public static RouteGroupBuilder MapAssessmentsApi(this IEndpointRouteBuilder api)
    {
        var assessments = api.MapGroup("/victims/{victimId:guid}/assessments").WithTags("Assessments")
            .RequireAuthorization(policy => policy.RequireRole(Assessors));

        assessments.MapPost("/", Start)
            .WithName("StartAssessment")
            .WithSummary("Starts the victim's first assessment, or a re-assessment: the next version, as a draft.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        assessments.MapGet("/", List)
            .WithName("ListAssessments")
            .WithSummary("The versions of the victim's assessment, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        assessments.MapGet("/{version:int}", Get)
            .WithName("GetAssessment")
            .WithSummary("One version: its facts, what the rules recommend and why (in the reader's language), and the decisions.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        assessments.MapPut("/{version:int}", UpdateFacts)
            .WithName("UpdateAssessmentFacts")
            .WithSummary("Replaces the facts of a draft.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        assessments.MapAssessmentCompletionApi();
        assessments.MapMeasureDecisionsApi();
        assessments.MapAssessmentDiffApi();
        return assessments;
    }

    public static async Task<Results<Created<AssessmentView>, ProblemHttpResult>> Start(
        Guid victimId, StartAssessmentRequest request, HttpContext http, [AsParameters] AssessmentServices services,
        CancellationToken cancellationToken)
    {
        var victim = await services.Victims.FindAsync(victimId, http, cancellationToken);
        if (victim.Refused)
        {
            return victim.Problem;
        }
        var versions = await services.Db.Assessments.Where(a => a.VictimId == victimId)
            .OrderByDescending(a => a.Version).ToListAsync(cancellationToken);
        if (versions.Any(a => a.Status == AssessmentStatus.Draft))
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Оценката на жертвата вече има чернова: приключете я, преди да започнете друга версия.",
                "The victim's assessment already has a draft: complete it before starting another version.",
                "L'évaluation de la victime a déjà un brouillon : terminez-le avant de commencer une autre version."));
        }
        var now = services.Clock.GetUtcNow();
        var previous = versions.FirstOrDefault(a => a.Status == AssessmentStatus.Completed);
        // A re-assessment starts from what the last one found; the assessor changes what has changed.
        var facts = request.Facts?.ToFacts(victim.Value.AgeGroup) ?? previous?.Facts;
        if (facts is null)
        {
            return Problems.Invalid("facts", ReaderLanguage.Pick(
                "Първата оценка на жертва започва с фактите.",
                "The first assessment of a victim starts with its facts.",
                "La première évaluation d'une victime commence par les faits."));
        }
        if (FactsValidation.Validate(facts) is { Count: > 0 } invalid)
        {
            return Invalid(invalid, "facts.");
        }
        var assessment = new VictimAssessment
        {
            Id = Guid.NewGuid(),
            VictimId = victimId,
            Version = versions.Count + 1,
            RegionCode = victim.Value.RegionCode,
            AgeGroup = facts.AgeGroup == AgeGroup.Adult ? "adult" : "child",
            Status = AssessmentStatus.Draft,
            FirstContactAt = request.FirstContactAt ?? now,
            StartedAt = now,
            StartedBy = http.User.UserId()!,
            Facts = facts,
        };
        services.Db.Assessments.Add(assessment);
        if (assessment.Version > 1)
        {
            services.Outbox.Add(new AssessmentUpdated(victimId, assessment.Id, assessment.Version, assessment.RegionCode,
                assessment.AgeGroup, now));
        }
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "В същия момент беше започната друга версия на тази оценка.",
                "Another version of this assessment was started at the same moment.",
                "Une autre version de cette évaluation a été commencée au même moment."));
        }
        await services.Audit.RecordAsync(http, "assessment-start", assessment.Id.ToString(), "done");
        return TypedResults.Created($"/api/assessment/victims/{victimId}/assessments/{assessment.Version}",
            AssessmentView.From(assessment, services.Deadline(), now));
    }

    public static async Task<Results<Ok<IReadOnlyList<AssessmentSummary>>, ProblemHttpResult>> List(
        Guid victimId, HttpContext http, [AsParameters] AssessmentServices services, CancellationToken cancellationToken)
    {
        var victim = await services.Victims.FindAsync(victimId, http, cancellationToken);
        if (victim.Refused)
        {
            return victim.Problem;
        }
        var versions = await services.Db.Assessments.AsNoTracking().Where(a => a.VictimId == victimId)
            .OrderByDescending(a => a.Version).ToListAsync(cancellationToken);
        var now = services.Clock.GetUtcNow();
        return TypedResults.Ok<IReadOnlyList<AssessmentSummary>>([.. versions.Select(a => AssessmentSummary.From(a, services.Deadline(), now))]);
    }

    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> Get(
        Guid victimId, int version, HttpContext http, [AsParameters] AssessmentServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(victimId, version, http, tracked: false, cancellationToken);
        return found.Refused
            ? found.Problem
            : TypedResults.Ok(AssessmentView.From(found.Value, services.Deadline(), services.Clock.GetUtcNow()));
    }

    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> UpdateFacts(
        Guid victimId, int version, AssessmentFactsRequest request, HttpContext http, [AsParameters] AssessmentServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindDraftAsync(victimId, version, http,
            ReaderLanguage.Pick("Само фактите на чернова се променят: започнете повторна оценка, за да запишете нови факти.",
                "Only a draft's facts change: start a re-assessment to record new facts.",
                "Seuls les faits d'un brouillon changent : commencez une réévaluation pour enregistrer de nouveaux faits."),
            cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var assessment = found.Value;
        // A draft keeps the model (child or adult, presumed or not) it was started with.
        var facts = request.ToFacts(assessment.Facts.AgePresumed ? "uncertain" : assessment.AgeGroup);
        if (FactsValidation.Validate(facts) is { Count: > 0 } invalid)
        {
            return Invalid(invalid, "");
        }
        assessment.Facts = facts;
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        await services.Audit.RecordAsync(http, "assessment-update", assessment.Id.ToString(), "done");
        return TypedResults.Ok(AssessmentView.From(assessment, services.Deadline(), services.Clock.GetUtcNow()));
    }

    /// <summary>
    /// The rules' objections to facts, as 400 problem details naming each field where the request has it:
    /// <paramref name="prefix"/> is <c>facts.</c> when the facts are a member of the body, empty when they are the body.
    /// </summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<FactError> problems, string prefix) =>
        Problems.Validation(problems.GroupBy(p => prefix + p.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message.In(ReaderLanguage.Current)).ToArray(), StringComparer.Ordinal));
}

/// <summary>What the assessment handlers need.</summary>
public sealed record AssessmentServices(
    AssessmentDbContext Db, IAssessedVictims Victims, SecurityAuditLog Audit, IOutbox Outbox, TimeProvider Clock,
    IOptions<AssessmentOptions> Options, AssessmentMetrics Metrics)
{
    public int Deadline() => Options.Value.DeadlineDays;

    /// <summary>One version of the victim's assessment, as far as the caller may see the victim.</summary>
    public async Task<Found<VictimAssessment>> FindAsync(Guid victimId, int version, HttpContext http, bool tracked,
        CancellationToken cancellationToken)
    {
        var victim = await Victims.FindAsync(victimId, http, cancellationToken);
        if (victim.Refused)
        {
            return victim.Problem;
        }
        var assessments = Db.Assessments.Include(a => a.Decisions);
        var assessment = await (tracked ? assessments : assessments.AsNoTracking())
            .SingleOrDefaultAsync(a => a.VictimId == victimId && a.Version == version, cancellationToken);
        return assessment is null ? NoSuchVersion() : assessment;
    }

    /// <summary>The 404 for a version of the victim's assessment that does not exist.</summary>
    public static ProblemHttpResult NoSuchVersion() =>
        Problems.NotFound(ReaderLanguage.Pick("Няма такава оценка", "Assessment not found", "Évaluation introuvable"),
            ReaderLanguage.Pick("Оценката на жертвата няма такава версия.", "The victim's assessment has no such version.",
                "L'évaluation de la victime n'a pas cette version."));

    /// <summary>A version to change that must still be a draft: 409 with <paramref name="notDraft"/> when it is not.</summary>
    public async Task<Found<VictimAssessment>> FindDraftAsync(Guid victimId, int version, HttpContext http, string notDraft,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(victimId, version, http, tracked: true, cancellationToken);
        return found.Refused || found.Value.Status == AssessmentStatus.Draft ? found : Problems.Conflict(notDraft);
    }

    /// <summary>Saves, or answers 409 when someone else changed the version since it was read.</summary>
    public async Task<ProblemHttpResult?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict(ReaderLanguage.Pick(
                "Някой друг промени тази оценка в същия момент: прочетете я отново и опитайте пак.",
                "Someone else changed this assessment at the same moment: read it again and retry.",
                "Quelqu'un d'autre a modifié cette évaluation au même moment : relisez-la et réessayez."));
        }
    }
}
