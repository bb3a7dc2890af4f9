using Justice.Contracts.Events;
using Justice.Audit;
using Justice.Messaging.Outbox;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Data;
using Justice.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

/// <summary>
/// Supervision: the year of methodological support after a region's training. Recorded by the region's
/// coordinators and trainers; a count of cases discussed, never anything about a case.
/// </summary>
public static class SupervisionApi
{
    public const int MaxParticipants = 100;

    public static RouteGroupBuilder MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        var supervision = app.MapGroup("/api/training/supervision").WithTags("Supervision")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Trainer));

        supervision.MapPost("/", Record)
            .WithName("RecordSupervision")
            .WithSummary("Records a methodological-support session held in a region.")
            .Accepts<RecordSupervisionRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        supervision.MapGet("/", List)
            .WithName("ListSupervision")
            .WithSummary("Supervision sessions the caller may see, latest first, a page at a time.")
            .ProducesValidationProblem();
        return supervision;
    }

    public static async Task<Results<Created<SupervisionView>, ProblemHttpResult>> Record(
        HttpRequest request, TrainingDbContext db, IOutbox outbox, TimeProvider clock, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RecordSupervisionRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        var input = body.Value!;
        var errors = new ValidationErrors();
        var region = RegionField.Required(input.RegionCode, "regionCode", errors);
        if (input.HeldOn is not { } heldOn)
        {
            errors.Add("heldOn", "This field is required.");
        }
        else if (heldOn > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            errors.Add("heldOn", "Record supervision once it has taken place.");
        }
        var supervisor = errors.RequireText("supervisor", input.Supervisor, 200);
        if (input.CasesDiscussed is not (>= 0 and <= 1000))
        {
            errors.Add("casesDiscussed", "A number from 0 to 1000.");
        }
        var practitionerIds = (input.PractitionerIds ?? []).Distinct().ToList();
        if (practitionerIds.Count is 0 or > MaxParticipants)
        {
            errors.Add("practitionerIds", $"From 1 to {MaxParticipants} participating practitioners.");
        }
        var competencies = CompetencyCodes.Require(input.Competencies, await CompetencyCodes.KnownAsync(db, cancellationToken),
            "competencies", "the competencies worked on", errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        if (!request.HttpContext.User.MaySeeRegion(region!))
        {
            await audit.RecordAsync(request.HttpContext, "supervision-record", region, "refused");
            return Problems.Forbidden("You may record supervision of your own judicial region only.");
        }
        var practitionersOfRegion = await db.Practitioners.AsNoTracking()
            .Where(p => practitionerIds.Contains(p.Id) && p.RegionCode == region).Select(p => p.Id).ToListAsync(cancellationToken);
        var strangers = practitionerIds.Except(practitionersOfRegion).ToList();
        if (strangers.Count > 0)
        {
            return Problems.Invalid("practitionerIds", $"Not practitioners of {region}: {string.Join(", ", strangers)}.");
        }
        if (input.TrainingSessionId is { } sessionId && !await db.Sessions.AnyAsync(s => s.Id == sessionId && s.RegionCode == region, cancellationToken))
        {
            return Problems.Invalid("trainingSessionId", $"No training session of {region} has this id.");
        }

        var now = clock.GetUtcNow();
        var supervision = new SupervisionSession
        {
            Id = Guid.CreateVersion7(now),
            RegionCode = region!,
            HeldOn = input.HeldOn!.Value,
            Supervisor = supervisor!,
            TrainingSessionId = input.TrainingSessionId,
            PractitionerIds = practitionerIds,
            CasesDiscussed = input.CasesDiscussed!.Value,
            Competencies = competencies,
            RecordedBy = request.HttpContext.User.UserId() ?? "unknown",
            RecordedAt = now,
        };
        db.Supervision.Add(supervision);
        outbox.Add(new SupervisionDelivered(supervision.Id, supervision.RegionCode, supervision.HeldOn, supervision.PractitionerIds,
            supervision.CasesDiscussed, supervision.Competencies, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/supervision/{supervision.Id}", SupervisionView.From(supervision));
    }

    public static async Task<Results<Ok<PagedList<SupervisionView>>, ProblemHttpResult>> List(
        string? region, string? page, string? pageSize, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var regionCode = RegionField.Optional(region, "region", errors);
        var paging = Paging.Request(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }
        var query = db.Supervision.AsNoTracking();
        if (!http.User.IsNational())
        {
            var own = http.User.RegionCode();
            query = query.Where(s => s.RegionCode == own);
        }
        if (regionCode is not null)
        {
            query = query.Where(s => s.RegionCode == regionCode);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(s => s.HeldOn).ThenBy(s => s.Id)
            .Skip(paging.Offset).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(paging.Of([.. items.Select(SupervisionView.From)], total));
    }
}

/// <param name="CasesDiscussed">How many cases were discussed: a number only, never case or victim details.</param>
/// <param name="TrainingSessionId">The regional training this support follows, if any.</param>
public sealed record RecordSupervisionRequest(
    string? RegionCode, DateOnly? HeldOn, string? Supervisor, Guid? TrainingSessionId, IReadOnlyList<Guid>? PractitionerIds,
    int? CasesDiscussed, IReadOnlyList<string>? Competencies);

public sealed record SupervisionView(
    Guid Id, string RegionCode, DateOnly HeldOn, string Supervisor, Guid? TrainingSessionId, IReadOnlyList<Guid> PractitionerIds,
    int CasesDiscussed, IReadOnlyList<string> Competencies)
{
    public static SupervisionView From(SupervisionSession s) =>
        new(s.Id, s.RegionCode, s.HeldOn, s.Supervisor, s.TrainingSessionId, s.PractitionerIds, s.CasesDiscussed, s.Competencies);
}
