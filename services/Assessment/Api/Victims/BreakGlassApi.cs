using Justice.Api;
using Justice.Assessment.Data;
using Justice.Assessment.Victims;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Victims;

/// <summary>
/// Break-the-glass: a coordinator of another region may read one victim's record for 60 minutes by stating a reason;
/// every grant is in the security audit and in the list national admins review.
/// </summary>
public static partial class BreakGlassApi
{
    public static void MapBreakGlassApi(this RouteGroupBuilder victims)
    {
        victims.MapPost("/{id:guid}/break-the-glass", Grant)
            .RequireAuthorization(policy => policy.RequireRole(Roles.RegionalCoordinator))
            .WithName("BreakTheGlass")
            .WithSummary("Lets a coordinator of another region read this victim's record for 60 minutes, for a stated reason.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        victims.MapGet("/break-the-glass", Review)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin))
            .WithName("ListBreakTheGlassGrants")
            .WithSummary("Every break-the-glass grant, newest first, for national admins to review.");
    }

    public static async Task<Results<Created<BreakGlassGrantView>, ProblemHttpResult>> Grant(
        Guid id, BreakGlassRequest request, HttpContext http, [AsParameters] VictimServices services, CancellationToken cancellationToken)
    {
        var victim = await services.Db.Victims.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (victim is null)
        {
            return VictimsApi.NotFound();
        }
        if (http.MaySee(victim))
        {
            return Problems.Conflict(ReaderLanguage.Pick("Записът е от вашия район: не е нужен спешен достъп.",
                "The record is of your own region: no break-the-glass is needed.",
                "Le dossier relève de votre région : aucun accès d'urgence n'est nécessaire."));
        }
        var now = services.Clock.GetUtcNow();
        var grant = new BreakGlassGrant
        {
            Id = Guid.NewGuid(),
            VictimId = victim.Id,
            GrantedTo = http.User.UserId() ?? "anonymous",
            GranteeRegion = http.User.RegionCode() ?? "",
            Reason = request.Reason.Trim(),
            GrantedAt = now,
            ExpiresAt = now + BreakGlassGrant.Lifetime,
        };
        services.Db.BreakGlassGrants.Add(grant);
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "victim-break-the-glass", $"victim/{victim.Id}", "granted");
        LogGranted(services.Logger, victim.Id, grant.GranteeRegion, grant.ExpiresAt);
        return TypedResults.Created($"/api/assessment/victims/{victim.Id}", BreakGlassGrantView.From(grant));
    }

    public static async Task<Ok<PagedList<BreakGlassGrantView>>> Review(
        [AsParameters] PageQuery page, AssessmentDbContext db, CancellationToken cancellationToken)
    {
        var grants = await db.BreakGlassGrants.AsNoTracking().OrderByDescending(g => g.GrantedAt).ThenBy(g => g.Id)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(grants.Select(BreakGlassGrantView.From));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Break-the-glass on victim {VictimId} for a coordinator of {RegionCode} until {ExpiresAt}")]
    private static partial void LogGranted(ILogger logger, Guid victimId, string regionCode, DateTimeOffset expiresAt);
}

/// <summary>One break-the-glass grant.</summary>
public sealed record BreakGlassGrantView(
    Guid Id, Guid VictimId, string GrantedTo, string GranteeRegion, string Reason, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt)
{
    public static BreakGlassGrantView From(BreakGlassGrant grant) => new(
        grant.Id, grant.VictimId, grant.GrantedTo, grant.GranteeRegion, grant.Reason, grant.GrantedAt, grant.ExpiresAt);
}
