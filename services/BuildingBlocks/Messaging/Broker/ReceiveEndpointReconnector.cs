using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Justice.Messaging.Broker;

/// <summary>
/// Starts a consumer's receive endpoint again as soon as the broker is back, instead of whenever MassTransit's own
/// retry next comes round.
/// </summary>
/// <remarks>
/// A RabbitMQ receive endpoint that lost its broker tries again after 3 s, then waits longer each time up to 30 s
/// (MassTransit 8.5's receive-transport policy, fixed in its host configuration), and keeps the longer waits for the
/// rest of the process's life: after an outage of twenty seconds the consumers could sit idle for half a minute with
/// the broker back. This one watches the endpoints (<see cref="IReceiveEndpointObserver"/>) and the broker through
/// the health check's connection, which RabbitMQ.Client reconnects every second (<see cref="BrokerReturns.RecoveryInterval"/>).
/// While that connection is open, a faulted endpoint is stopped and started, which gives it a new transport whose
/// first attempt is at once. One that faults again before it is ready waits twice as long each time (up to 30 s),
/// so a fault the broker's return does not cure, such as a refused permission, is not hammered.
/// </remarks>
public sealed partial class ReceiveEndpointReconnector(
    IConnection broker, TimeProvider clock, ILogger<ReceiveEndpointReconnector> logger)
    : BackgroundService, IReceiveEndpointObserver
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Uri, FaultedEndpoint> _faulted = new();
    private readonly ConcurrentDictionary<Uri, int> _restartsSinceReady = new();

    private sealed record FaultedEndpoint(IReceiveEndpoint Endpoint, DateTimeOffset RestartFrom);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(BrokerReturns.RecoveryInterval, clock);
        while (await ticks.WaitForNextTickAsync(stoppingToken))
        {
            if (!broker.IsOpen)
            {
                continue;
            }
            foreach (var (address, faulted) in _faulted)
            {
                if (faulted.RestartFrom <= clock.GetUtcNow() && _faulted.TryRemove(new(address, faulted)))
                {
                    await RestartAsync(address, faulted.Endpoint, stoppingToken);
                }
            }
        }
    }

    private async Task RestartAsync(Uri address, IReceiveEndpoint endpoint, CancellationToken stoppingToken)
    {
        _restartsSinceReady.AddOrUpdate(address, 1, (_, restarts) => restarts + 1);
        LogRestarting(logger, address);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        stopping.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await endpoint.Stop(stopping.Token);
            endpoint.Start(CancellationToken.None);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // MassTransit's own retry goes on; the next fault brings the endpoint back here.
            LogRestartFailed(logger, address, exception);
        }
    }

    /// <summary>Nothing the first time; then 1, 2, 4 … 30 s after the fault, as long as restarts do not make it ready.</summary>
    public static TimeSpan WaitAfter(int restartsSinceReady) => restartsSinceReady == 0
        ? TimeSpan.Zero
        : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, restartsSinceReady - 1), LongestWait.TotalSeconds));

    Task IReceiveEndpointObserver.Faulted(ReceiveEndpointFaulted faulted)
    {
        var wait = WaitAfter(_restartsSinceReady.GetValueOrDefault(faulted.InputAddress));
        _faulted[faulted.InputAddress] = new(faulted.ReceiveEndpoint, clock.GetUtcNow() + wait);
        return Task.CompletedTask;
    }

    Task IReceiveEndpointObserver.Ready(ReceiveEndpointReady ready)
    {
        _faulted.TryRemove(ready.InputAddress, out _);
        _restartsSinceReady.TryRemove(ready.InputAddress, out _);
        return Task.CompletedTask;
    }

    Task IReceiveEndpointObserver.Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    Task IReceiveEndpointObserver.Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The broker answers again: restarting receive endpoint {Address}")]
    private static partial void LogRestarting(ILogger logger, Uri address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receive endpoint {Address} could not be restarted; MassTransit's own retry goes on")]
    private static partial void LogRestartFailed(ILogger logger, Uri address, Exception exception);
}
