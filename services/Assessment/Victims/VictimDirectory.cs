using Justice.Assessment.Api.Victims;
using Justice.Assessment.Data;
using Justice.Assessment.ReadAudit;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Victims;

/// <summary>What one victim is, without personal data: enough for rules, figures and feedback.</summary>
public sealed record VictimSummary(Guid Id, string RegionCode, string AgeGroup, string Sex, string PreferredLanguage);

/// <summary>The outcome of a read of personal fields: not visible to the caller, not auditable (answer 503), or served.</summary>
public enum PersonalReadOutcome
{
    NotFound,
    Unaudited,
    Served,
}

/// <summary>A read of a victim's personal fields: <see cref="Data"/> is set only when <see cref="Outcome"/> is Served.</summary>
public sealed record PersonalRead(PersonalReadOutcome Outcome, Victim? Victim = null, VictimPersonalData? Data = null,
    VictimAccessRoute Route = VictimAccessRoute.None);

/// <summary>
/// The victims' records for the rest of the service (the assessments API, feedback): a victim's pseudonymous summary,
/// and the one way to read their personal fields — scoped to the caller and written to the read log before it returns.
/// </summary>
public sealed class VictimDirectory(AssessmentDbContext db, VictimServices services)
{
    /// <summary>The victim's pseudonymous summary, or null when there is no such victim (no access check, no read log).</summary>
    public Task<VictimSummary?> FindAsync(Guid victimId, CancellationToken cancellationToken) =>
        db.Victims.AsNoTracking().Where(v => v.Id == victimId)
            .Select(v => new VictimSummary(v.Id, v.RegionCode, v.AgeGroup, v.Sex, v.PreferredLanguage))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The victim's personal fields for the caller of <paramref name="http"/>, for <paramref name="purpose"/>: NotFound
    /// when the caller may not see the victim (refusal in the security audit), Unaudited when the read log cannot be
    /// written (answer 503), otherwise Served with one row in the read log.
    /// </summary>
    public async Task<PersonalRead> ReadPersonalAsync(HttpContext http, Guid victimId, AccessPurpose purpose, CancellationToken cancellationToken)
    {
        var victim = await db.Victims.AsNoTracking().SingleOrDefaultAsync(v => v.Id == victimId, cancellationToken);
        if (victim is null)
        {
            return new PersonalRead(PersonalReadOutcome.NotFound);
        }
        var route = await VictimAccess.RouteAsync(http, victim, services, cancellationToken);
        if (route == VictimAccessRoute.None)
        {
            await VictimAccess.RefuseAsync(http, services, "victim-read", victimId);
            return new PersonalRead(PersonalReadOutcome.NotFound);
        }
        return await ServeAsync(http, victim, route, purpose);
    }

    /// <summary>Writes the read log's row for a victim the caller may see, then decrypts.</summary>
    internal async Task<PersonalRead> ServeAsync(HttpContext http, Victim victim, VictimAccessRoute route, AccessPurpose purpose)
    {
        var outcome = route == VictimAccessRoute.BreakTheGlass ? VictimReadAudit.ServedBreakTheGlass : VictimReadAudit.Served;
        if (!await services.ReadAudit.TryRecordAsync(http, victim.Id, purpose, outcome))
        {
            return new PersonalRead(PersonalReadOutcome.Unaudited);
        }
        return new PersonalRead(PersonalReadOutcome.Served, victim, victim.Open(services.Protector), route);
    }
}
