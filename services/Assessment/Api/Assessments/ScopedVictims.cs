using Justice.Api;
using Justice.Assessment.Api.Victims;
using Justice.Assessment.Feedback;
using Justice.Assessment.Victims;
using Justice.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Assessments;

/// <summary>
/// The victims' records as the assessments and the feedback see them: region, age group and language, never a
/// personal field. Scoping is the victims' own (<see cref="VictimAccess"/>): the victim's region, national admins
/// everywhere, another region's coordinator with an unexpired break-the-glass grant.
/// </summary>
public sealed class ScopedVictims(VictimServices services, VictimDirectory directory) : IAssessedVictims, IVictimFacts
{
    public async Task<Found<AssessedVictim>> FindAsync(Guid victimId, HttpContext http, CancellationToken cancellationToken)
    {
        var victim = await services.Db.Victims.AsNoTracking().SingleOrDefaultAsync(v => v.Id == victimId, cancellationToken);
        if (victim is not null && await VictimAccess.RouteAsync(http, victim, services, cancellationToken) == VictimAccessRoute.None)
        {
            await VictimAccess.RefuseAsync(http, services, "victim-assessment-read", victimId);
            victim = null;
        }
        return victim is null
            ? VictimsApi.NotFound()
            // Child or adult at the assessment's date, not at registration: a victim may have turned 18 since.
            : new AssessedVictim(victim.Id, victim.RegionCode,
                victim.AgeGroupOn(ProgrammeTime.Today(services.Clock), services.Protector));
    }

    async Task<VictimFacts?> IVictimFacts.FindAsync(Guid victimId, CancellationToken cancellationToken) =>
        await directory.FindAsync(victimId, cancellationToken) is { } victim
            // Feedback knows children and adults: an uncertain age is a child's (Art. 24(2)).
            ? new VictimFacts(victim.RegionCode, victim.AgeGroup == VictimCodes.Adult ? VictimCodes.Adult : VictimCodes.Child, victim.PreferredLanguage)
            : null;
}
