using Justice.Network.Data;
using Justice.Network.Domain.Cases;
using Justice.Network.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Justice.Network.Cooperation;

/// <summary>
/// Keeps every case's stored verdict current: whatever is saved that bears on a case — the case itself, a conference,
/// an interview, information given, a plan review, a referral, a special measure of its victim — the case is scored
/// again in the same save, and so in the same transaction.
/// </summary>
public sealed class CaseRescoring(CaseScoring scoring) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NetworkDbContext db)
        {
            db.ChangeTracker.DetectChanges();
            var touched = Touched(db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted));
            foreach (var @case in await CasesAsync(db, touched, cancellationToken))
            {
                await scoring.RescoreAsync(db, @case, cancellationToken);
            }
            db.ChangeTracker.DetectChanges();
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is NetworkDbContext
            ? throw new InvalidOperationException("Network saves asynchronously: cases are scored as they are saved.")
            : result;

    private static (HashSet<Guid> Cases, HashSet<Guid> Victims) Touched(IEnumerable<EntityEntry> entries)
    {
        var (cases, victims) = (new HashSet<Guid>(), new HashSet<Guid>());
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case CooperationCase { } c when entry.State is not EntityState.Deleted: cases.Add(c.Id); break;
                case CaseConference c: cases.Add(c.CaseId); break;
                case ForensicInterview i: cases.Add(i.CaseId); break;
                case VictimInformed i: cases.Add(i.CaseId); break;
                case CasePlanReview r: cases.Add(r.CaseId); break;
                case Referral r: cases.Add(r.CaseId); break;
                case VictimMeasure m: victims.Add(m.VictimId); break;
            }
        }
        return (cases, victims);
    }

    private static async Task<List<CooperationCase>> CasesAsync(NetworkDbContext db, (HashSet<Guid> Cases, HashSet<Guid> Victims) touched,
        CancellationToken cancellationToken)
    {
        if (touched.Cases.Count == 0 && touched.Victims.Count == 0)
        {
            return [];
        }
        var (ids, victims) = (touched.Cases.ToList(), touched.Victims.ToList());
        await db.Cases.Where(c => ids.Contains(c.Id) || victims.Contains(c.VictimId)).LoadAsync(cancellationToken);
        // A closed case keeps the verdict given at its closure (the closing handler scores it itself).
        return [.. db.Cases.Local.Where(c => (ids.Contains(c.Id) || victims.Contains(c.VictimId)) && c.ClosedAt is null)];
    }
}
