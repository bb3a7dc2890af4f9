using Justice.Audit;
using Justice.Network.Data;
using Justice.Security;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api;

/// <summary>
/// Who may do what in Network. A region's cases are worked by its coordinators and by the members of its territorial
/// team (a practitioner whose account is a member's); national admins work everything; evaluators see aggregates only;
/// anyone else nothing. A refusal is audited and answered as if the record did not exist (or 403 for a region's lists).
/// </summary>
public static class NetworkAccess
{
    /// <summary>Roles that may read figures: counts and percentages, never a case.</summary>
    public static readonly string[] AggregateReaders = [Roles.NationalAdmin, Roles.Evaluator, Roles.RegionalCoordinator, Roles.Service];

    /// <summary>Whether the caller manages <paramref name="regionCode"/>'s institutions, team and councils: its coordinators, national admins.</summary>
    public static bool MayManageRegion(this HttpContext http, string regionCode) =>
        http.User.HasRole(Roles.NationalAdmin)
        || (http.User.HasRole(Roles.RegionalCoordinator) && http.User.IsOfRegion(regionCode));

    /// <summary>
    /// Whether the caller works <paramref name="regionCode"/>'s cases: national admins, the region's coordinators, and
    /// practitioners of the region whose account is a member of its territorial team.
    /// </summary>
    public static async Task<bool> MayWorkCasesAsync(this HttpContext http, string regionCode, NetworkDbContext db,
        CancellationToken cancellationToken)
    {
        if (http.MayManageRegion(regionCode))
        {
            return true;
        }
        if (!http.User.HasRole(Roles.Practitioner)
            || !http.User.IsOfRegion(regionCode)
            || http.User.UserId() is not { } accountId)
        {
            return false;
        }
        return await db.TeamMembers.AnyAsync(
            m => m.AccountId == accountId && db.Teams.Any(t => t.Id == m.TeamId && t.RegionCode == regionCode), cancellationToken);
    }

    /// <summary>Records a refusal in the security audit. <paramref name="target"/> names a record by kind and id, never a person.</summary>
    public static Task RefuseAsync(this HttpContext http, SecurityAuditLog audit, string action, string target) =>
        audit.RecordAsync(http, action, target, "refused");
}
