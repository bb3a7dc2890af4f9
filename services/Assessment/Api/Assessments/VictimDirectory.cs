using Justice.Api;
using Justice.Assessment.Api.Victims;
using Justice.Assessment.Data;
using Justice.Assessment.Feedback;
using Justice.Assessment.Victims;
using Justice.Audit;
using Justice.Security;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Assessments;

/// <summary>
/// The victims' records as the assessments and the feedback see them: region, age group and language, never a
/// personal field. Scoping is the victims' own: the victim's region, national admins everywhere, another region's
/// coordinator with an unexpired break-the-glass grant.
/// </summary>
public sealed class VictimDirectory(AssessmentDbContext db, SecurityAuditLog audit, TimeProvider clock) : IAssessedVictims, IVictimFacts
{
    public async Task<Found<AssessedVictim>> FindAsync(Guid victimId, HttpContext http, CancellationToken cancellationToken)
    {
        var victim = await db.Victims.AsNoTracking().SingleOrDefaultAsync(v => v.Id == victimId, cancellationToken);
        if (victim is not null && !http.MaySee(victim) && !await HasGrantAsync(http, victimId, cancellationToken))
        {
            await audit.RecordAsync(http, "victim-assessment-read", $"victim/{victimId}", "refused");
            victim = null;
        }
        return victim is null
            ? VictimsApi.NotFound()
            : new AssessedVictim(victim.Id, victim.RegionCode, victim.AgeGroup);
    }

    async Task<VictimFacts?> IVictimFacts.FindAsync(Guid victimId, CancellationToken cancellationToken) =>
        await db.Victims.AsNoTracking().Where(v => v.Id == victimId)
            .Select(v => new VictimFacts(v.RegionCode, v.AgeGroup == VictimCodes.Adult ? VictimCodes.Adult : VictimCodes.Child, v.PreferredLanguage))
            .SingleOrDefaultAsync(cancellationToken);

    private async Task<bool> HasGrantAsync(HttpContext http, Guid victimId, CancellationToken cancellationToken)
    {
        if (!http.User.HasRole(Roles.RegionalCoordinator) || http.User.UserId() is not { } userId)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        return await db.BreakGlassGrants.AnyAsync(g => g.VictimId == victimId && g.GrantedTo == userId && g.ExpiresAt > now, cancellationToken);
    }
}
