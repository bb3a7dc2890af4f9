using Justice.Api;
using Justice.Audit;
using Justice.Network.Api.Regions;
using Justice.Network.Data;
using Justice.Network.Domain;
using Justice.Security;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Institutions;

/// <summary>
/// Who may read and who may manage a region's institutions and team. National admins read every region's, and
/// evaluators every region's institutions (a team's members they see as figures only); coordinators and practitioners
/// read their own region's. Coordinators manage their own region's, national admins every region's. The endpoints'
/// role policies keep every other role out.
/// </summary>
public static class RegionScope
{
    /// <summary>Roles that may read a region's institutions and team (regional ones within their region).</summary>
    public static readonly string[] Readers = [Roles.NationalAdmin, Roles.Evaluator, Roles.RegionalCoordinator, Roles.Practitioner];

    /// <summary>Roles that may read a region's team and its members (regional ones within their region).</summary>
    public static readonly string[] TeamReaders = [Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Practitioner];

    /// <summary>Roles that may manage a region's institutions and team (coordinators within their region).</summary>
    public static readonly string[] Managers = [Roles.NationalAdmin, Roles.RegionalCoordinator];

    /// <summary>Whether the caller reads <paramref name="regionCode"/>'s institutions and team.</summary>
    public static bool MayRead(this HttpContext http, string regionCode) =>
        http.User.HasRole(Roles.NationalAdmin, Roles.Evaluator)
        || (http.User.HasRole(Roles.RegionalCoordinator, Roles.Practitioner)
            && http.User.IsOfRegion(regionCode));

    /// <summary>The region a path names for a reader, or the problem: 404 for no such region, 403 (audited) for another region's caller.</summary>
    public static Task<Found<JudicialRegion>> ReadableAsync(string code, HttpContext http, NetworkDbContext db, SecurityAuditLog audit,
        string action, CancellationToken cancellationToken) =>
        FindAsync(code, http, db, audit, action, http.MayRead,
            ReaderLanguage.Pick("Можете да виждате само институциите и екипа на своя съдебен район.",
                "You may see the institutions and team of your own judicial region only.",
                "Vous ne pouvez voir que les institutions et l'équipe de votre région judiciaire."), cancellationToken);

    /// <summary>The region a path names for a manager, or the problem: 404 for no such region, 403 (audited) for another region's caller.</summary>
    public static Task<Found<JudicialRegion>> ManagedAsync(string code, HttpContext http, NetworkDbContext db, SecurityAuditLog audit,
        string action, CancellationToken cancellationToken) =>
        FindAsync(code, http, db, audit, action, http.MayManageRegion,
            ReaderLanguage.Pick("Можете да управлявате само институциите и екипа на своя съдебен район.",
                "You may manage the institutions and team of your own judicial region only.",
                "Vous ne pouvez gérer que les institutions et l'équipe de votre région judiciaire."), cancellationToken);

    private static async Task<Found<JudicialRegion>> FindAsync(string code, HttpContext http, NetworkDbContext db, SecurityAuditLog audit,
        string action, Func<string, bool> allowed, string refusal, CancellationToken cancellationToken)
    {
        var region = await RegionsApi.FindAsync(db, code, cancellationToken);
        if (region is null)
        {
            return RegionsApi.RegionNotFound();
        }
        if (!allowed(region.Code))
        {
            await http.RefuseAsync(audit, action, $"region/{region.Code}");
            return Problems.Forbidden(refusal);
        }
        return region;
    }
}
