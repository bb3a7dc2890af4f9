using FluentValidation;
using Justice.Api;
using Justice.Audit;
using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;
using Justice.Monitoring.ReadModel;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Monitoring.Api;

/// <summary>The body of <c>PUT /api/monitoring/regions/{code}/targets/{indicator}</c>.</summary>
/// <param name="Target">The region's target: more than 0, at most the national target.</param>
public sealed record SetTargetRequest(double? Target = null);

public sealed class SetTargetRequestValidator : RequestValidator<SetTargetRequest>
{
    public SetTargetRequestValidator() => RuleFor(r => r.Target).NotNull().GreaterThan(0);
}

/// <summary>
/// A region's own targets, set by national admins where the share by roster size does not fit the region; only the
/// indicators whose regional target is a share (practitioners trained, victims assessed, participants in events).
/// </summary>
public static class TargetsApi
{
    public static void MapTargetsApi(this IEndpointRouteBuilder api)
    {
        var targets = api.MapGroup("/regions/{code}/targets/{indicator}").WithTags("Indicators")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin));
        targets.MapPut("", Set).WithName("SetRegionalTarget")
            .WithSummary("Sets a region's target for an indicator shared by roster size (national admins); the region's figures follow at once.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        targets.MapDelete("", Clear).WithName("ClearRegionalTarget")
            .WithSummary("Gives the region back the national target's share by roster size (national admins).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<ScopeView>, ProblemHttpResult>> Set(string code, string indicator, SetTargetRequest request,
        HttpContext http, MonitoringDbContext db, LiveReadModel live, SecurityAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (Find(code, indicator) is not ({ } region, { } definition))
        {
            return Unknown();
        }
        if (definition.RegionalTarget is not null || definition.NationalOnly)
        {
            return Problems.Invalid("indicator", ReaderLanguage.Pick(
                $"{definition.Code} няма регионална цел за задаване: тя е фиксирана или само национална.",
                $"{definition.Code} has no regional target to set: it is fixed or national only.",
                $"{definition.Code} n'a pas d'objectif régional à fixer : il est fixe ou seulement national."));
        }
        if (request.Target > definition.NationalTarget)
        {
            return Problems.Invalid("target", ReaderLanguage.Pick(
                $"Целта на района е най-много националната ({definition.NationalTarget}).",
                $"A region's target is at most the national one ({definition.NationalTarget}).",
                $"L'objectif d'une région est au plus l'objectif national ({definition.NationalTarget})."));
        }
        var target = await db.RegionalTargets.FindAsync([region, definition.Code], cancellationToken);
        if (target is null)
        {
            target = new RegionalTarget { RegionCode = region, Indicator = definition.Code, SetBy = http.User.Actor() };
            db.RegionalTargets.Add(target);
        }
        target.Target = request.Target!.Value;
        target.SetBy = http.User.Actor();
        target.SetAt = clock.GetUtcNow();
        await SaveAndReadAsync(db, live, cancellationToken);
        await audit.RecordAsync(http, "regional-target-set", $"regions/{region}/targets/{definition.Code}", "done");
        return TypedResults.Ok(View(live, region));
    }

    public static async Task<Results<Ok<ScopeView>, ProblemHttpResult>> Clear(string code, string indicator, HttpContext http,
        MonitoringDbContext db, LiveReadModel live, SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        if (Find(code, indicator) is not ({ } region, { } definition))
        {
            return Unknown();
        }
        await db.RegionalTargets.Where(t => t.RegionCode == region && t.Indicator == definition.Code).ExecuteDeleteAsync(cancellationToken);
        await SaveAndReadAsync(db, live, cancellationToken);
        await audit.RecordAsync(http, "regional-target-cleared", $"regions/{region}/targets/{definition.Code}", "done");
        return TypedResults.Ok(View(live, region));
    }

    private static (string?, IndicatorDefinition?) Find(string code, string indicator) =>
        (JudicialRegions.Find(code), IndicatorCatalog.Find(indicator));

    private static ProblemHttpResult Unknown() =>
        Problems.NotFound(ReaderLanguage.Pick(
            "Няма такъв район или показател",
            "No such region or indicator",
            "Région ou indicateur introuvable"), ReaderLanguage.Pick(
            $"Районите са BG-01 … BG-28; показателите са {IndicatorCatalog.Codes}.",
            $"Regions are BG-01 … BG-28; the indicators are {IndicatorCatalog.Codes}.",
            $"Les régions sont BG-01 … BG-28 ; les indicateurs sont {IndicatorCatalog.Codes}."));

    /// <summary>Saves, tells every instance, and waits until this one's figures hold the change, so the answer shows it.</summary>
    private static async Task SaveAndReadAsync(MonitoringDbContext db, LiveReadModel live, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeListener.AnnounceAsync(db.Database, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await live.RefreshedAsync(cancellationToken);
    }

    private static ScopeView View(LiveReadModel live, string region)
    {
        var counts = live.Current;
        return ScopeView.From(IndicatorQueries.Region(counts, region), counts.Region(region), ReaderLanguage.Current);
    }
}
