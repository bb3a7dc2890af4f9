using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Justice.AppHost.Infrastructure;

/// <summary>Marks a resource whose process the <see cref="ServiceSupervisor"/> starts again when it dies.</summary>
internal sealed class SupervisedAnnotation : IResourceAnnotation;

/// <summary>
/// Starts a supervised service again when its process dies (killed, crashed: any exit but a clean one), as a
/// Kubernetes deployment would: a second after the exit, then up to 10 s apart while it keeps dying within a
/// minute of its start. A service stopped on purpose (the dashboard's Stop: a clean exit, through "Stopping") or
/// the AppHost shutting down is left stopped.
/// </summary>
internal sealed partial class ServiceSupervisor(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    IHostApplicationLifetime lifetime,
    ILogger<ServiceSupervisor> logger) : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);

    // Read and written by the watch loop alone.
    private readonly Dictionary<string, Instance> _instances = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            if (!update.Resource.TryGetLastAnnotation<SupervisedAnnotation>(out _))
            {
                continue;
            }
            if (!_instances.TryGetValue(update.ResourceId, out var instance))
            {
                _instances[update.ResourceId] = instance = new Instance();
            }
            var state = update.Snapshot.State?.Text;
            if (HasEnded(state) && update.Snapshot.ExitCode is not 0 && instance.LastState != KnownResourceStates.Stopping
                && !HasEnded(instance.LastState) && !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                var delay = instance.NextDelay(update.Snapshot.StartTimeStamp);
                LogRestarting(logger, update.Resource.Name, update.Snapshot.ExitCode, delay.TotalSeconds);
                _ = StartAgainAsync(update.ResourceId, update.Resource.Name, delay, stoppingToken);
            }
            if (state is not null)
            {
                instance.LastState = state;
            }
        }
    }

    /// <summary>A process that ran and ended ("Finished" with its exit code, or "Exited"); not one that failed to start.</summary>
    private static bool HasEnded(string? state) => state == KnownResourceStates.Finished || state == KnownResourceStates.Exited;

    private async Task StartAgainAsync(string resourceId, string name, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                LogRestartFailed(logger, name, result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The AppHost is stopping: nothing is started again.
        }
    }

    /// <summary>What the supervisor remembers of one process: its last state and how soon it died last time.</summary>
    private sealed class Instance
    {
        private TimeSpan _delay = TimeSpan.Zero;

        public string? LastState { get; set; }

        /// <summary>A second after a process that ran a while; twice the last wait (up to 10 s) after one that died young.</summary>
        public TimeSpan NextDelay(DateTime? startedAt)
        {
            var diedYoung = startedAt is { } start && DateTime.UtcNow - start.ToUniversalTime() < StableAfter;
            _delay = diedYoung && _delay > TimeSpan.Zero
                ? TimeSpan.FromTicks(Math.Min(_delay.Ticks * 2, LongestDelay.Ticks))
                : FirstDelay;
            return _delay;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource} exited (code {ExitCode}); starting it again in {Seconds} s")]
    private static partial void LogRestarting(ILogger logger, string resource, int? exitCode, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Resource} could not be started again: {Error}")]
    private static partial void LogRestartFailed(ILogger logger, string resource, string? error);
}

public static class SupervisionExtensions
{
    /// <summary>Has the AppHost start this service again whenever its process dies (see <see cref="ServiceSupervisor"/>).</summary>
    public static IResourceBuilder<T> Supervised<T>(this IResourceBuilder<T> resource) where T : IResource
    {
        resource.ApplicationBuilder.Services.AddHostedService<ServiceSupervisor>();
        return resource.WithAnnotation(new SupervisedAnnotation());
    }
}
