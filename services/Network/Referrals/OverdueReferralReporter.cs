using Justice.Contracts.Events;
using Justice.Messaging.Outbox;
using Justice.Network.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Justice.Network.Referrals;

/// <summary>
/// Finds the referrals still sent or accepted whose deadline has passed and that were not reported yet, marks each
/// reported, and adds <see cref="ReferralOverdue"/> to the outbox in the same transaction. The rows are locked with
/// <c>FOR UPDATE SKIP LOCKED</c> and chosen only while unreported, so however many instances look at once, each
/// referral is reported exactly once.
/// </summary>
public sealed class OverdueReferralReporter(NetworkDbContext db, IOutbox outbox, TimeProvider clock, IOptions<ReferralOptions> options,
    NetworkMetrics metrics)
{
    /// <summary>Reports every referral overdue now; returns how many this call reported.</summary>
    public async Task<int> ReportAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.OverdueBatchSize;
        var reported = 0;
        int batch;
        do
        {
            batch = await ReportBatchAsync(batchSize, cancellationToken);
            reported += batch;
        }
        while (batch == batchSize);
        return reported;
    }

    private async Task<int> ReportBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var overdue = await db.Referrals
            .FromSql($"""
                SELECT * FROM referrals
                WHERE state IN ('Sent', 'Accepted') AND overdue_reported_at IS NULL AND due_by < {now}
                ORDER BY due_by, id
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        foreach (var referral in overdue)
        {
            referral.OverdueReportedAt = now;
            outbox.Add(new ReferralOverdue(referral.Id, referral.CaseId, referral.RegionCode, referral.ToInstitutionId, referral.DueBy, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var referral in overdue)
        {
            metrics.ReferralOverdue(referral.RegionCode);
        }
        return overdue.Count;
    }
}
