using Justice.Api;
using Justice.Assessment.ReadAudit;
using Justice.Assessment.Victims;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Victims;

/// <summary>The reads of a victim's personal fields: each writes one row to the read log before it answers, or answers 503.</summary>
public static class VictimReads
{
    public static async Task<Results<Ok<VictimRecordView>, ProblemHttpResult>> Get(
        Guid id, [AsParameters] AccessPurpose purpose, HttpContext http, [AsParameters] VictimServices services,
        CancellationToken cancellationToken)
    {
        var victim = await services.Db.Victims.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (victim is null)
        {
            return VictimsApi.NotFound();
        }
        var route = await VictimAccess.RouteAsync(http, victim, services, cancellationToken);
        if (route == VictimAccessRoute.None)
        {
            await VictimAccess.RefuseAsync(http, services, "victim-read", id);
            return VictimsApi.NotFound();
        }
        return await ServeAsync(http, victim, route, purpose, services);
    }

    public static async Task<Results<Ok<VictimRecordView>, ProblemHttpResult>> Lookup(
        LookupVictimRequest request, [AsParameters] AccessPurpose purpose, HttpContext http, [AsParameters] VictimServices services,
        CancellationToken cancellationToken)
    {
        var hash = services.Protector.LookupHash(request.NationalId);
        var matches = await services.Db.Victims.AsNoTracking().Where(v => v.NationalIdHash == hash)
            .OrderByDescending(v => v.RegisteredAt).ToListAsync(cancellationToken);
        // Another region's victim is, for this caller, no victim: the lookup never crosses regions.
        var victim = matches.FirstOrDefault(http.MaySee);
        if (victim is null)
        {
            if (!await services.ReadAudit.TryRecordAsync(http, null, purpose, VictimReadAudit.NotFound))
            {
                return Unaudited();
            }
            return Problems.NotFound(Languages.Pick("Няма такава жертва", "Victim not found", "Victime introuvable"),
                Languages.Pick("Няма жертва с това ЕГН във вашия район.", "There is no victim with this national id in your region.",
                    "Aucune victime avec ce numéro national dans votre région."));
        }
        return await ServeAsync(http, victim, VictimAccessRoute.Region, purpose, services);
    }

    private static async Task<Results<Ok<VictimRecordView>, ProblemHttpResult>> ServeAsync(
        HttpContext http, Victim victim, VictimAccessRoute route, AccessPurpose purpose, VictimServices services)
    {
        var outcome = route == VictimAccessRoute.BreakTheGlass ? VictimReadAudit.ServedBreakTheGlass : VictimReadAudit.Served;
        if (!await services.ReadAudit.TryRecordAsync(http, victim.Id, purpose, outcome))
        {
            return Unaudited();
        }
        return TypedResults.Ok(VictimRecordView.From(victim, victim.Open(services.Protector), route));
    }

    private static ProblemHttpResult Unaudited() => Problems.Unavailable(Languages.Pick(
        "Достъпът не може да бъде записан в журнала, затова данните не се показват. Опитайте отново по-късно.",
        "The read could not be recorded in the audit log, so the data is not shown. Try again later.",
        "La lecture n'a pas pu être consignée dans le journal d'audit ; les données ne sont donc pas affichées. Réessayez plus tard."));
}
