using Justice.Api;
using Justice.Audit;
using Justice.Monitoring.Data;
using Justice.Monitoring.Grpc;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Monitoring.Api.Findings;

/// <summary>
/// Evaluation findings (<c>/findings</c>): what internal monitoring and the external evaluator found about a month, and
/// what they recommend. Written by evaluators and national admins; read nationally, and by a regional coordinator
/// when national or about their own region.
/// </summary>
public static class FindingsApi
{
    public static readonly string[] Readers = [.. NationalDashboardService.Callers, Roles.RegionalCoordinator];
    public static readonly string[] Writers = [Roles.Evaluator, Roles.NationalAdmin];

    public static RouteGroupBuilder MapFindingsApi(this IEndpointRouteBuilder api)
    {
        var findings = api.MapGroup("/findings").WithTags("Evaluation findings")
            .RequireAuthorization(policy => policy.RequireRole(Readers));

        findings.MapPost("/", Create).RequireAuthorization(policy => policy.RequireRole(Writers))
            .WithName("CreateFinding")
            .WithSummary("Records a finding of internal monitoring or of the external evaluation about a month (evaluators, national admins).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        findings.MapGet("/", List)
            .WithName("ListFindings")
            .WithSummary("The findings the caller may read (?month=2026-05 for one month's), by month and date, latest first, a page at a time.")
            .ProducesValidationProblem();
        findings.MapGet("/{id:guid}", Get)
            .WithName("GetFinding")
            .WithSummary("One finding.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        findings.MapPut("/{id:guid}", Update).RequireAuthorization(policy => policy.RequireRole(Writers))
            .WithName("UpdateFinding")
            .WithSummary("Replaces a finding's kind, author, date, month, region and texts (evaluators, national admins).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        findings.MapDelete("/{id:guid}", Delete).RequireAuthorization(policy => policy.RequireRole(Writers))
            .WithName("DeleteFinding")
            .WithSummary("Deletes a finding recorded by mistake (evaluators, national admins).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return findings;
    }

    public static async Task<Created<FindingView>> Create(FindingRequest request, HttpContext http, [AsParameters] FindingServices services,
        CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var finding = new EvaluationFinding
        {
            Id = Guid.CreateVersion7(now),
            Kind = request.Kind!,
            Author = request.Author!.Trim(),
            Findings = request.Findings!.Trim(),
            Recommendations = request.Recommendations?.Trim() ?? "",
            RecordedBy = http.User.Actor(),
            RecordedAt = now,
        };
        Fill(finding, request);
        services.Db.Findings.Add(finding);
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "finding-create", $"findings/{finding.Id}", "done");
        return TypedResults.Created($"/api/monitoring/findings/{finding.Id}", FindingView.From(finding));
    }

    public static async Task<Ok<PagedList<FindingView>>> List([AsParameters] FindingQuery query, [AsParameters] PageQuery page,
        HttpContext http, MonitoringDbContext db, CancellationToken cancellationToken)
    {
        var findings = db.Findings.AsNoTracking();
        if (!http.User.IsNational())
        {
            var own = http.User.RegionCode();
            findings = findings.Where(f => f.RegionCode == null || f.RegionCode == own);
        }
        if (query.MonthStart is { } month)
        {
            findings = findings.Where(f => f.Month == month);
        }
        var found = await findings.OrderByDescending(f => f.Month).ThenByDescending(f => f.Date).ThenBy(f => f.Id)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(found.Select(FindingView.From));
    }

    public static async Task<Results<Ok<FindingView>, ProblemHttpResult>> Get(Guid id, HttpContext http,
        [AsParameters] FindingServices services, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, http, services, "finding-read", cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(FindingView.From(found.Value));
    }

    public static async Task<Results<Ok<FindingView>, ProblemHttpResult>> Update(Guid id, FindingRequest request, HttpContext http,
        [AsParameters] FindingServices services, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, http, services, "finding-update", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        Fill(found.Value, request);
        found.Value.UpdatedAt = services.Clock.GetUtcNow();
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "finding-update", $"findings/{id}", "done");
        return TypedResults.Ok(FindingView.From(found.Value));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http,
        [AsParameters] FindingServices services, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, http, services, "finding-delete", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        services.Db.Findings.Remove(found.Value);
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "finding-delete", $"findings/{id}", "done");
        return TypedResults.NoContent();
    }

    /// <summary>The finding, or 404; 403 (audited) for a coordinator asking about another region's.</summary>
    private static async Task<Found<EvaluationFinding>> FindAsync(Guid id, HttpContext http, FindingServices services, string action,
        CancellationToken cancellationToken)
    {
        var finding = await services.Db.Findings.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (finding is null)
        {
            return Problems.NotFound(ReaderLanguage.Pick(
                "Няма такава констатация",
                "No such finding",
                "Constat introuvable"), ReaderLanguage.Pick(
                    "Няма констатация от оценяването с този идентификатор.",
                    "There is no evaluation finding with this id.",
                    "Il n'y a pas de constat d'évaluation avec cet identifiant."));
        }
        if (finding.RegionCode is { } region && !http.User.MaySeeRegion(region))
        {
            await services.Audit.RecordAsync(http, action, $"findings/{id}", "refused");
            return Problems.Forbidden(ReaderLanguage.Pick(
                "Можете да четете само националните констатации и тези на своя съдебен район.",
                "You may read national findings and those of your own judicial region only.",
                "Vous ne pouvez lire que les constats nationaux et ceux de votre propre région judiciaire."));
        }
        return finding;
    }

    /// <summary>The validated request into <paramref name="finding"/>, texts trimmed.</summary>
    private static void Fill(EvaluationFinding finding, FindingRequest request)
    {
        finding.Kind = request.Kind!;
        finding.Author = request.Author!.Trim();
        finding.Date = request.Date!.Value;
        finding.Month = request.MonthStart;
        finding.RegionCode = request.RegionCode;
        finding.Findings = request.Findings!.Trim();
        finding.Recommendations = request.Recommendations?.Trim() ?? "";
    }
}

/// <summary>What the findings' handlers need.</summary>
public sealed record FindingServices(MonitoringDbContext Db, TimeProvider Clock, SecurityAuditLog Audit);
