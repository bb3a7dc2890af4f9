using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Justice.Persistence;

/// <summary>
/// Calls <see cref="Committed"/> once a save that changed a <typeparamref name="TEntity"/> is committed: right after
/// the save, or at the commit of the explicit transaction the save was part of. A rollback, or a failed save outside
/// a transaction (which EF Core rolled back itself), forgets the change; saves that touch no
/// <typeparamref name="TEntity"/> call nothing. For what must follow a commit and never precede it: waking a worker
/// that reads the rows, or dropping a copy kept in memory that a read before the commit would only fill again.
/// </summary>
public abstract class CommittedChangesInterceptor<TEntity> : SaveChangesInterceptor, IDbTransactionInterceptor
    where TEntity : class
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    /// <summary>Which changes count; by default any row added, changed or removed.</summary>
    protected virtual bool Counts(EntityState state) =>
        state is EntityState.Added or EntityState.Modified or EntityState.Deleted;

    /// <summary>Runs once per committed save (or transaction) that changed a <typeparamref name="TEntity"/>.</summary>
    protected abstract void Committed();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Track(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Track(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CommitIfNoTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        CommitIfNoTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetIfNoTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetIfNoTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        CommitIfPending(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        CommitIfPending(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Track(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<TEntity>().Any(entry => Counts(entry.State)))
        {
            _pending.AddOrUpdate(context, context);
        }
    }

    private void CommitIfNoTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            CommitIfPending(context);
        }
    }

    private void CommitIfPending(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            Committed();
        }
    }

    private void ForgetIfNoTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
