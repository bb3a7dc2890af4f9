using Justice.Contracts.Events;
using Justice.Messaging.Outbox;
using Justice.Monitoring.Data;
using Microsoft.EntityFrameworkCore;

namespace Justice.Monitoring.ReadModel;

/// <summary>
/// How the read model catches up with what happened before it existed, or before its database was emptied: it asks
/// every publishing service to send its past events again (<see cref="EventReplayRequested"/>). They come with their
/// original message ids, a few hundred a second, and count once: the inbox skips a message already applied, and every
/// subject counts once whatever the order of its events. Asked on a start that finds the read model empty and never
/// asked before, or by a national admin.
/// </summary>
public sealed class CatchUp(MonitoringDbContext db, IOutbox outbox, TimeProvider clock)
{
    /// <summary>Asks for a replay unless the read model already counts something or a replay was already asked for.</summary>
    public async Task<bool> AskIfEmptyAsync(CancellationToken cancellationToken)
    {
        var empty = !await db.Subjects.AnyAsync(cancellationToken)
            && !await db.Set<OutboxMessage>().AnyAsync(m => m.Type == nameof(EventReplayRequested), cancellationToken);
        if (empty)
        {
            await AskAsync(cancellationToken);
        }
        return empty;
    }

    /// <summary>Asks every publishing service for its past events; returns the request's id.</summary>
    public async Task<Guid> AskAsync(CancellationToken cancellationToken)
    {
        var request = Guid.NewGuid();
        outbox.Add(new EventReplayRequested(request, MonitoringService.Name, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }
}

/// <summary>Runs <see cref="CatchUp.AskIfEmptyAsync"/> once the service has started.</summary>
public sealed class CatchUpOnStart(IServiceScopeFactory scopes, ILogger<CatchUpOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<CatchUp>().AskIfEmptyAsync(cancellationToken))
        {
            logger.LogInformation("The read model is empty: every publishing service was asked to send its past events again.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
