using System.Threading.Channels;
using Justice.Monitoring.Domain;

namespace Justice.Monitoring.ReadModel;

/// <summary>
/// The read model's counts in memory, which every query answers from: replaced as a whole (never changed in place)
/// each time <see cref="ReadModelRefresher"/> reads them again. Watchers wait for the next replacement.
/// </summary>
public sealed class LiveReadModel
{
    private readonly Lock _gate = new();
    private CountsSnapshot _current = CountsSnapshot.Empty;
    private TaskCompletionSource<CountsSnapshot> _next = NewWaiter();
    // One pending change at most: changes in a burst are read once.
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>True once the counts were read from the database at least once.</summary>
    public bool Loaded { get; private set; }

    public CountsSnapshot Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>The counts changed (an event was applied here, or another instance said so): read them again soon.</summary>
    public void Changed() => _changes.Writer.TryWrite(true);

    /// <summary>
    /// Waits until <see cref="Changed"/> was called since the last wait (true), or <paramref name="timeout"/> passed (false).
    /// </summary>
    internal async Task<bool> WaitForChangeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _changes.Reader.ReadAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>The snapshot that replaces <paramref name="seen"/>: at once if it already has, else when it does.</summary>
    public Task<CountsSnapshot> NextAsync(CountsSnapshot seen, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return !ReferenceEquals(seen, _current)
                ? Task.FromResult(_current)
                : _next.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Waits until the counts in memory hold everything committed before the call: it asks for a read after the one
    /// that may be under way, and waits for that one.
    /// </summary>
    public async Task<CountsSnapshot> RefreshedAsync(CancellationToken cancellationToken)
    {
        var seen = Current;
        for (var reads = 0; reads < 2; reads++)
        {
            Changed();
            seen = await NextAsync(seen, cancellationToken);
        }
        return seen;
    }

    internal void Replace(CountsSnapshot snapshot)
    {
        TaskCompletionSource<CountsSnapshot> waiting;
        lock (_gate)
        {
            _current = snapshot;
            Loaded = true;
            waiting = _next;
            _next = NewWaiter();
        }
        waiting.TrySetResult(snapshot);
    }

    private static TaskCompletionSource<CountsSnapshot> NewWaiter() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
