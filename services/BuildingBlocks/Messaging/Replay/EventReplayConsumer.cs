using Justice.Contracts.Events;
using Justice.Messaging.Inbox;
using Justice.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Justice.Messaging.Replay;

/// <summary>
/// Answers <see cref="EventReplayRequested"/>: every event this service's outbox has dispatched becomes pending again,
/// due at <see cref="OutboxOptions.ReplayRate"/> a second in the order they were first written, so that the dispatcher
/// sends them again with their original ids while live events keep going out between them. A row waiting to be
/// replayed is marked <see cref="OutboxMessage.ReplayPrefix"/> and is not a backlog until an attempt at it fails.
/// </summary>
public sealed class EventReplayConsumer<TDbContext>(TDbContext db, TimeProvider clock, IOptions<OutboxOptions> options,
    OutboxSignal signal, ILogger<EventReplayConsumer<TDbContext>> logger)
    : InboxConsumer<EventReplayRequested, TDbContext>(db)
    where TDbContext : DbContext
{
    private int _replayed;

    protected override async Task ApplyAsync(EventReplayRequested message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var marker = $"{OutboxMessage.ReplayPrefix} asked by {message.Requester}";
        var secondsPerRow = 1.0 / options.Value.ReplayRate;
        _replayed = await Db.Database.ExecuteSqlAsync($"""
            UPDATE outbox_messages AS o
            SET dispatched_at = NULL, attempts = 0, last_error = {marker},
                next_attempt_at = {now} + make_interval(secs => r.n * {secondsPerRow})
            FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS n
                  FROM outbox_messages WHERE dispatched_at IS NOT NULL) AS r
            WHERE o.id = r.id
            """, cancellationToken);
    }

    protected override void Committed(EventReplayRequested message)
    {
        logger.LogInformation("Replaying {Count} events, asked by {Requester} (request {RequestId}).", _replayed, message.Requester,
            message.RequestId);
        signal.Notify();
    }
}
