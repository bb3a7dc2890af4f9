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
        Guid id, [AsParameters] AccessPurpose purpose, HttpContext http, VictimDirectory directory, CancellationToken cancellationToken) =>
        Answer(await directory.ReadPersonalAsync(http, id, purpose, cancellationToken));

    public static async Task<Results<Ok<VictimRecordView>, ProblemHttpResult>> Lookup(
        LookupVictimRequest request, [AsParameters] AccessPurpose purpose, HttpContext http, [AsParameters] VictimServices services,
        VictimDirectory directory, CancellationToken cancellationToken)
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
            return Problems.NotFound(ReaderLanguage.Pick("Няма такава жертва", "Victim not found", "Victime introuvable"),
                ReaderLanguage.Pick("Няма жертва с това ЕГН във вашия район.", "There is no victim with this national id in your region.",
                    "Aucune victime avec ce numéro national dans votre région."));
        }
        return Answer(await directory.ServeAsync(http, victim, VictimAccessRoute.Region, purpose));
    }

    private static Results<Ok<VictimRecordView>, ProblemHttpResult> Answer(PersonalRead read) => read.Outcome switch
    {
        PersonalReadOutcome.Served => TypedResults.Ok(VictimRecordView.From(read.Victim!, read.Data!, read.Route)),
        PersonalReadOutcome.Unaudited => Unaudited(),
        _ => VictimsApi.NotFound(),
    };

    private static ProblemHttpResult Unaudited() => Problems.Unavailable(ReaderLanguage.Pick(
        "Достъпът не може да бъде записан в журнала, затова данните не се показват. Опитайте отново по-късно.",
        "The read could not be recorded in the audit log, so the data is not shown. Try again later.",
        "La lecture n'a pas pu être consignée dans le journal d'audit ; les données ne sont donc pas affichées. Réessayez plus tard."));
}
