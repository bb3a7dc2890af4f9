using Justice.Api;
using Justice.Audit;
using Justice.Messaging.Outbox;
using Justice.Network.Data;
using Justice.Network.Domain.Cases;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Justice.Network.Api.Cases;

/// <summary>
/// What the case handlers need, and the one way they reach a case: found, and worked by the caller (otherwise 404,
/// the refusal audited), and for a change still open (otherwise 409).
/// </summary>
public sealed record CaseServices(
    NetworkDbContext Db, SecurityAuditLog Audit, IOutbox Outbox, TimeProvider Clock, IOptions<CaseOptions> Options)
{
    /// <summary>Who works cases at all; which region's, <see cref="NetworkAccess.MayWorkCasesAsync"/> decides.</summary>
    public static readonly string[] Workers = [Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Practitioner];

    public PlanningConferenceDeadline Deadline() => new(Options.Value.PlanningConference);

    /// <summary>The case, if the caller works its region's cases; <paramref name="action"/> names the refusal in the audit.</summary>
    public async Task<Found<CooperationCase>> FindAsync(Guid caseId, HttpContext http, string action, bool tracked,
        CancellationToken cancellationToken)
    {
        var cases = tracked ? Db.Cases : Db.Cases.AsNoTracking();
        var @case = await cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return NotFound();
        }
        if (!await http.MayWorkCasesAsync(@case.RegionCode, Db, cancellationToken))
        {
            await http.RefuseAsync(Audit, action, Target(caseId));
            return NotFound();
        }
        return @case;
    }

    /// <summary>A case to change: as <see cref="FindAsync"/>, and 409 when it is closed.</summary>
    public async Task<Found<CooperationCase>> FindOpenAsync(Guid caseId, HttpContext http, string action,
        CancellationToken cancellationToken)
    {
        var found = await FindAsync(caseId, http, action, tracked: true, cancellationToken);
        return found.Refused || found.Value.IsOpen ? found : Closed();
    }

    /// <summary>
    /// Saves a change to <paramref name="case"/> or to what is recorded on it, and audits it. The case's row is
    /// written too, so its version is checked: a change racing the case's closing (or another change) answers 409.
    /// </summary>
    public async Task<ProblemHttpResult?> SaveAsync(CooperationCase @case, HttpContext http, string action,
        CancellationToken cancellationToken)
    {
        Db.Entry(@case).Property(c => c.AgeGroup).IsModified = true;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The case changed at the same moment (it may have been closed): read it again and retry.");
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict("The same was recorded on this case at the same moment: read it again.");
        }
        await Audit.RecordAsync(http, action, Target(@case.Id), "done");
        return null;
    }

    /// <summary>
    /// The first of <paramref name="institutionIds"/> (with its index) that is not an institution of
    /// <paramref name="regionCode"/>; null when all are.
    /// </summary>
    public async Task<int?> FirstOutsideRegionAsync(string regionCode, IReadOnlyList<Guid> institutionIds,
        CancellationToken cancellationToken)
    {
        var known = await Db.Institutions.AsNoTracking()
            .Where(i => i.RegionCode == regionCode && institutionIds.Contains(i.Id))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        var index = institutionIds.ToList().FindIndex(id => !known.Contains(id));
        return index < 0 ? null : index;
    }

    /// <summary>How a case is named in the audit: by id only.</summary>
    public static string Target(Guid caseId) => $"case/{caseId}";

    public static ProblemHttpResult NotFound() =>
        Problems.NotFound(ReaderLanguage.Pick("Няма такъв случай", "Case not found", "Dossier introuvable"),
            ReaderLanguage.Pick("Няма случай на сътрудничество с този идентификатор.", "There is no cooperation case with this id.",
                "Aucun dossier de coopération ne porte cet identifiant."));

    public static ProblemHttpResult Closed() =>
        Problems.Conflict(ReaderLanguage.Pick("Случаят е приключен и вече не се променя.", "The case is closed: it no longer changes.",
            "Le dossier est clos : il ne change plus."));

    /// <summary>400 naming <paramref name="field"/>: not an institution of the case's region.</summary>
    public static ProblemHttpResult NotOfRegion(string field) =>
        Problems.Invalid(field, ReaderLanguage.Pick("Няма такава институция в съдебния район на случая.",
            "There is no such institution in the case's judicial region.",
            "Cette institution n'appartient pas à la région judiciaire du dossier."));
}
