using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;
using Justice.Monitoring.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace Justice.Monitoring.Messaging;

/// <summary>
/// Applies occurrences to the read model inside the consumer's transaction: each subject's row is locked, its next
/// state decided (<see cref="SubjectRules"/>), and the monthly counts moved by the difference. A certificate's change
/// decides its holder's state again (<see cref="DerivedSubjects"/>). Listeners learn of a change at commit.
/// </summary>
public sealed class ReadModelWriter(MonitoringDbContext db, TimeProvider time)
{
    /// <summary>Applies every occurrence; true when a count changed.</summary>
    public async Task<bool> ApplyAsync(IReadOnlyList<Occurrence> occurrences, CancellationToken cancellationToken)
    {
        var changed = false;
        foreach (var occurrence in occurrences)
        {
            changed |= await ApplyAsync(occurrence, cancellationToken);
        }
        if (changed)
        {
            // Delivered to every listening instance when the transaction commits, and never if it rolls back.
            await ChangeListener.AnnounceAsync(db.Database, cancellationToken);
        }
        return changed;
    }

    private async Task<bool> ApplyAsync(Occurrence occurrence, CancellationToken cancellationToken)
    {
        var holderKind = occurrence.OwnerId is null ? null : DerivedSubjects.HoldersOf.GetValueOrDefault(occurrence.Kind);
        // The holder first, then the certificate: every change to one holder's certificates waits for the one before.
        var holder = holderKind is null ? null : await LockAsync(holderKind, occurrence.OwnerId!.Value, null, cancellationToken);
        var subject = await LockAsync(occurrence.Kind, occurrence.SubjectId, occurrence.OwnerId, cancellationToken);
        if (SubjectRules.Next(subject.State, occurrence) is not { } next)
        {
            return false;
        }
        await MoveAsync(subject, next, cancellationToken);
        if (holder is not null)
        {
            var certificates = await db.Subjects.AsNoTracking()
                .Where(s => s.Kind == occurrence.Kind && s.OwnerId == occurrence.OwnerId && s.OccurredAt != null)
                .ToListAsync(cancellationToken);
            var holderState = DerivedSubjects.HolderFrom(certificates.Select(c => c.State!))
                ?? new SubjectState(null, occurrence.OccurredAt);
            if (holderState.Placement != holder.State?.Placement)
            {
                await MoveAsync(holder, holderState, cancellationToken);
            }
        }
        return true;
    }

    /// <summary>The subject's row, created when missing, locked until the transaction ends.</summary>
    private async Task<CountedSubject> LockAsync(string kind, Guid subjectId, Guid? ownerId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO counted_subjects (kind, subject_id, owner_id) VALUES ({kind}, {subjectId}, {ownerId})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        return await db.Subjects
            .FromSql($"SELECT * FROM counted_subjects WHERE kind = {kind} AND subject_id = {subjectId} FOR UPDATE")
            .SingleAsync(cancellationToken);
    }

    private async Task MoveAsync(CountedSubject subject, SubjectState next, CancellationToken cancellationToken)
    {
        if (subject.State?.Placement is { } before)
        {
            await AddAsync(subject.Kind, before, -before.Weight, cancellationToken);
        }
        if (next.Placement is { } after)
        {
            await AddAsync(subject.Kind, after, after.Weight, cancellationToken);
        }
        subject.Set(next);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddAsync(string measure, Placement placement, long delta, CancellationToken cancellationToken)
    {
        if (delta == 0)
        {
            return;
        }
        var now = time.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO monthly_counts (region_code, month, measure, dimension, value, updated_at)
            VALUES ({placement.RegionCode}, {placement.Month}, {measure}, {placement.Dimension}, {delta}, {now})
            ON CONFLICT (region_code, month, measure, dimension)
            DO UPDATE SET value = monthly_counts.value + excluded.value, updated_at = excluded.updated_at
            """, cancellationToken);
    }
}
