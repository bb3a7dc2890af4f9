using Justice.Api;
using Justice.Audit;
using Justice.Network.Data;
using Justice.Network.Domain.Councils;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Justice.Network.Api.Councils;

/// <summary>
/// Who may do what with a council. The national council is managed by national admins, a public council by its
/// region's coordinators and national admins. Councils are read by national admins and evaluators (their members are
/// organisations, never people), and by coordinators and practitioners of the council's region (of any region for the
/// national council).
/// </summary>
public static class CouncilAccess
{
    /// <summary>The roles that may call the councils API at all; what each may do is decided per council.</summary>
    public static readonly string[] Callers = [Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Practitioner, Roles.Evaluator];

    public static bool MayManage(this HttpContext http, SupportCouncil council) =>
        council.RegionCode is { } region ? http.MayManageRegion(region) : http.User.HasRole(Roles.NationalAdmin);

    public static bool MayRead(this HttpContext http, SupportCouncil council) =>
        http.MayManage(council)
        || http.User.HasRole(Roles.NationalAdmin, Roles.Evaluator)
        || (http.User.HasRole(Roles.RegionalCoordinator, Roles.Practitioner)
            && (council.RegionCode is null || http.User.IsOfRegion(council.RegionCode)));

    /// <summary>Whether the caller may read the councils of <paramref name="regionCode"/>.</summary>
    public static bool MayReadRegion(this HttpContext http, string regionCode) =>
        http.User.HasRole(Roles.NationalAdmin, Roles.Evaluator) || http.User.IsOfRegion(regionCode);
}

/// <summary>What the council handlers need.</summary>
public sealed record CouncilServices(NetworkDbContext Db, SecurityAuditLog Audit, TimeProvider Clock)
{
    /// <summary>
    /// The council <paramref name="id"/> with its members, as far as the caller may see it (404 otherwise, a refusal
    /// audited as <paramref name="action"/>), and, when <paramref name="manage"/>, manage it (403, audited).
    /// </summary>
    public async Task<Found<SupportCouncil>> FindAsync(Guid id, HttpContext http, string action, bool manage,
        CancellationToken cancellationToken)
    {
        var councils = Db.Councils.Include(c => c.Members);
        var council = await (manage ? councils : councils.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (council is null)
        {
            return CouncilNotFound();
        }
        if (!http.MayRead(council))
        {
            await http.RefuseAsync(Audit, action, $"council/{id}");
            return CouncilNotFound();
        }
        if (manage && !http.MayManage(council))
        {
            await http.RefuseAsync(Audit, action, $"council/{id}");
            return Problems.Forbidden(council.RegionCode is null
                ? "Only national admins manage the National Support Council."
                : "A public support council is managed by its region's coordinators and national admins.");
        }
        return council;
    }

    /// <summary>Saves, or answers 409 when someone else changed the council since it was read.</summary>
    public async Task<ProblemHttpResult?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("Someone else changed this council at the same moment: read it again and retry.");
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict("Someone else made the same change at the same moment: read the council again.");
        }
    }

    public static ProblemHttpResult CouncilNotFound() =>
        Problems.NotFound("Council not found", "There is no support council with this id that you may see.");
}
