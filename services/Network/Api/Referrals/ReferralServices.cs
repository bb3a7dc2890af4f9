using Justice.Api;
using Justice.Audit;
using Justice.Messaging.Outbox;
using Justice.Network.Data;
using Justice.Network.Domain.Cases;
using Justice.Network.Domain.Referrals;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Referrals;

/// <summary>What the referral handlers need, and the one way they find a case or a referral the caller may work.</summary>
public sealed record ReferralServices(NetworkDbContext Db, SecurityAuditLog Audit, IOutbox Outbox, TimeProvider Clock)
{
    /// <summary>
    /// The case, when the caller works its region's cases; otherwise 404, as if it did not exist, with the refusal
    /// audited as <paramref name="action"/> on <c>case/{id}</c>.
    /// </summary>
    public async Task<Found<CooperationCase>> FindCaseAsync(Guid caseId, HttpContext http, string action, CancellationToken cancellationToken)
    {
        var @case = await Db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is not null && !await http.MayWorkCasesAsync(@case.RegionCode, Db, cancellationToken))
        {
            await http.RefuseAsync(Audit, action, $"case/{caseId}");
            @case = null;
        }
        return @case is null ? Problems.NotFound("Case not found", "There is no cooperation case with this id.") : @case;
    }

    /// <summary>
    /// The referral, when the caller works its region's cases; otherwise 404, with the refusal audited as
    /// <paramref name="action"/> on <c>referral/{id}</c>.
    /// </summary>
    public async Task<Found<Referral>> FindAsync(Guid id, HttpContext http, string action, bool tracked, CancellationToken cancellationToken)
    {
        var referrals = tracked ? Db.Referrals : Db.Referrals.AsNoTracking();
        var referral = await referrals.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is not null && !await http.MayWorkCasesAsync(referral.RegionCode, Db, cancellationToken))
        {
            await http.RefuseAsync(Audit, action, $"referral/{id}");
            referral = null;
        }
        return referral is null ? Problems.NotFound("Referral not found", "There is no referral with this id.") : referral;
    }

    /// <summary>409 when <paramref name="case"/> is closed: nothing of a closed case changes.</summary>
    public static ProblemHttpResult? Closed(CooperationCase @case) =>
        @case.IsOpen ? null : Problems.Conflict("The case is closed: its referrals no longer change.");

    /// <summary>Saves, or answers 409 when someone else changed the referral's state since it was read.</summary>
    public async Task<ProblemHttpResult?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("Someone else changed this referral at the same moment: read it again and retry.");
        }
    }
}
