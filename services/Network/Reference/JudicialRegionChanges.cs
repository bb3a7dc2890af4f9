using System.Runtime.CompilerServices;
using Justice.Network.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Justice.Network.Reference;

/// <summary>
/// Makes <see cref="JudicialRegions"/> read the regions again once a save that added, changed or removed one has
/// happened (not before: a read in between would keep the old ones).
/// </summary>
public sealed class JudicialRegionChanges(JudicialRegions regions) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _changing = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Settle(eventData.Context);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Settle(eventData.Context);

    private void Note(DbContext? db)
    {
        if (db is not null && db.ChangeTracker.Entries<JudicialRegion>()
                .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _changing.AddOrUpdate(db, this);
        }
    }

    /// <summary>A failed save may have written part of a batch: forgetting costs one read.</summary>
    private void Settle(DbContext? db)
    {
        if (db is not null && _changing.Remove(db))
        {
            regions.Invalidate();
        }
    }
}
