using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Justice.Messaging.Broker;

/// <summary>
/// Tells whoever waits for the broker that it is back: the health check's RabbitMQ.Client connection, which tries
/// again every second while the broker is away, has recovered.
/// </summary>
public sealed class BrokerReturns : IDisposable
{
    /// <summary>How often the health check's connection tries the broker again while it is away.</summary>
    public static readonly TimeSpan RecoveryInterval = TimeSpan.FromSeconds(1);

    private readonly IConnection _connection;
    private CancellationTokenSource _next = new();

    public BrokerReturns(IConnection connection)
    {
        _connection = connection;
        _connection.RecoverySucceededAsync += OnRecoveredAsync;
    }

    /// <summary>
    /// Cancelled at the broker's next return. Taken before an attempt that may fail, it also covers a return that
    /// comes during the attempt or between its failure and the wait for the next one.
    /// </summary>
    public CancellationToken Next => Volatile.Read(ref _next).Token;

    private Task OnRecoveredAsync(object sender, AsyncEventArgs args)
    {
        // The source is not disposed: a token taken from it a moment ago must still be readable.
        var returned = Interlocked.Exchange(ref _next, new CancellationTokenSource());
        return returned.CancelAsync();
    }

    public void Dispose() => _connection.RecoverySucceededAsync -= OnRecoveredAsync;
}
