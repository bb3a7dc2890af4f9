using Justice.Api;
using Justice.Audit;
using Justice.Contracts;
using Justice.Contracts.Events;
using Justice.Messaging.Outbox;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Data;
using Justice.Training.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Supervision;

/// <summary>
/// Supervision: the year of methodological support after a region's training. Recorded by the region's
/// coordinators and trainers; a count of cases discussed, never anything about a case.
/// </summary>
public static class SupervisionApi
{
    public static RouteGroupBuilder MapSupervisionApi(this IEndpointRouteBuilder api)
    {
        var supervision = api.MapGroup("/supervision").WithTags("Supervision")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Trainer));

        supervision.MapPost("/", Record)
            .WithName("RecordSupervision")
            .WithSummary("Records a methodological-support session held in a region.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        supervision.MapGet("/", List)
            .WithName("ListSupervision")
            .WithSummary("Supervision sessions the caller may see, latest first, a page at a time.")
            .ProducesValidationProblem();
        return supervision;
    }

    public static async Task<Results<Created<SupervisionView>, ProblemHttpResult>> Record(
        RecordSupervisionRequest request, HttpContext http, [AsParameters] SupervisionServices services, CancellationToken cancellationToken)
    {
        var region = JudicialRegionCode.Normalize(request.RegionCode);
        if (!http.User.MaySeeRegion(region))
        {
            await services.Audit.RecordAsync(http, "supervision-record", region, "refused");
            return Problems.Forbidden("You may record supervision of your own judicial region only.");
        }
        var practitionerIds = request.PractitionerIds.Distinct().ToList();
        var practitionersOfRegion = await services.Db.Practitioners.AsNoTracking()
            .Where(p => practitionerIds.Contains(p.Id) && p.RegionCode == region).Select(p => p.Id).ToListAsync(cancellationToken);
        var strangers = practitionerIds.Except(practitionersOfRegion).ToList();
        if (strangers.Count > 0)
        {
            return Problems.Invalid("practitionerIds", $"Not practitioners of {region}: {string.Join(", ", strangers)}.");
        }
        if (request.TrainingSessionId is { } sessionId
            && !await services.Db.Sessions.AnyAsync(s => s.Id == sessionId && s.RegionCode == region, cancellationToken))
        {
            return Problems.Invalid("trainingSessionId", $"No training session of {region} has this id.");
        }

        var now = services.Clock.GetUtcNow();
        var supervision = new SupervisionSession
        {
            Id = Guid.CreateVersion7(now),
            RegionCode = region,
            HeldOn = request.HeldOn,
            Supervisor = request.Supervisor.Trim(),
            TrainingSessionId = request.TrainingSessionId,
            PractitionerIds = practitionerIds,
            CasesDiscussed = request.CasesDiscussed,
            Competencies = [.. request.Competencies.Distinct(StringComparer.Ordinal)],
            RecordedBy = http.User.Actor(),
            RecordedAt = now,
        };
        services.Db.Supervision.Add(supervision);
        services.Outbox.Add(new SupervisionDelivered(supervision.Id, supervision.RegionCode, supervision.HeldOn, supervision.PractitionerIds,
            supervision.CasesDiscussed, supervision.Competencies, now));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/supervision/{supervision.Id}", SupervisionView.From(supervision));
    }

    public static async Task<Ok<PagedList<SupervisionView>>> List(
        [AsParameters] SupervisionFilter filter, [AsParameters] PageQuery page, TrainingDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        var query = db.Supervision.AsNoTracking();
        if (!http.User.IsNational())
        {
            var own = http.User.RegionCode();
            query = query.Where(s => s.RegionCode == own);
        }
        if (filter.RegionCode is { } regionCode)
        {
            query = query.Where(s => s.RegionCode == regionCode);
        }
        var supervision = await query.OrderByDescending(s => s.HeldOn).ThenBy(s => s.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(supervision.Select(SupervisionView.From));
    }
}

/// <summary>What recording supervision needs.</summary>
public sealed record SupervisionServices(TrainingDbContext Db, IOutbox Outbox, TimeProvider Clock, SecurityAuditLog Audit);
