using Justice.Assessment.Data;
using Justice.Assessment.Protection;
using Justice.Assessment.ReadAudit;
using Justice.Assessment.Victims;
using Justice.Audit;
using Justice.Security;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Api.Victims;

/// <summary>What the victims' handlers need.</summary>
public sealed record VictimServices(
    AssessmentDbContext Db, FieldProtector Protector, VictimReadAudit ReadAudit, SecurityAuditLog Audit, TimeProvider Clock,
    ILogger<VictimServices> Logger);

/// <summary>How a caller reaches a victim's record: through their region, nationally, or by breaking the glass.</summary>
public enum VictimAccessRoute
{
    None,
    Region,
    BreakTheGlass,
}

/// <summary>Who may see which victim: their region's practitioners and coordinators, national admins all.</summary>
public static class VictimAccess
{
    /// <summary>Practitioners and coordinators of the victim's region; national admins everywhere.</summary>
    public static bool MaySee(this HttpContext http, Victim victim) =>
        http.User.HasRole(Roles.NationalAdmin) || http.User.IsOfRegion(victim.RegionCode);

    /// <summary>
    /// How the caller may read <paramref name="victim"/>: by region, or as a coordinator of another region holding an
    /// unexpired break-the-glass grant for it; otherwise not at all.
    /// </summary>
    public static async Task<VictimAccessRoute> RouteAsync(HttpContext http, Victim victim, VictimServices services,
        CancellationToken cancellationToken)
    {
        if (http.MaySee(victim))
        {
            return VictimAccessRoute.Region;
        }
        if (!http.User.HasRole(Roles.RegionalCoordinator) || http.User.UserId() is not { } userId)
        {
            return VictimAccessRoute.None;
        }
        var now = services.Clock.GetUtcNow();
        var granted = await services.Db.BreakGlassGrants.AnyAsync(
            g => g.VictimId == victim.Id && g.GrantedTo == userId && g.ExpiresAt > now, cancellationToken);
        return granted ? VictimAccessRoute.BreakTheGlass : VictimAccessRoute.None;
    }

    /// <summary>Records a refusal in the security audit; the caller then answers 404, as if the record did not exist.</summary>
    public static Task RefuseAsync(HttpContext http, VictimServices services, string action, Guid victimId) =>
        services.Audit.RecordAsync(http, action, $"victim/{victimId}", "refused");
}
