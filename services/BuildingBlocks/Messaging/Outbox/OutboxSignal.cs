using Justice.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Justice.Messaging.Outbox;

/// <summary>Wakes the dispatcher when events were saved, so it need not wait for its next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer woke the dispatcher first; one wake-up is enough.
            }
        }
    }

    public void Dispose() => _semaphore.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}

/// <summary>Wakes the dispatcher once outbox rows are committed (a save that adds none wakes nobody).</summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : CommittedChangesInterceptor<OutboxMessage>
{
    protected override bool Counts(EntityState state) => state == EntityState.Added;

    protected override void Committed() => signal.Notify();
}
