using System.Diagnostics;
using System.Text.Json;
using Justice.Messaging.Broker;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client.Exceptions;

namespace Justice.Messaging.Outbox;

/// <summary>
/// Publishes pending outbox rows, oldest first, each with its row id as <c>MessageId</c>; a row is marked
/// dispatched only after the broker confirmed it. Rows are locked with <c>FOR UPDATE SKIP LOCKED</c>, so
/// several replicas share the work without publishing a row twice at the same time.
/// </summary>
/// <remarks>
/// Every publish is <i>mandatory</i>: a message no queue is bound for yet (its consumer never started, or no
/// service consumes that event) comes back from the broker instead of being dropped, and the row stays pending
/// with a growing backoff. Such a row does not hold up the rows behind it.
/// A batch's publishes are all in flight at once, so one round costs one wait for the broker's confirms rather
/// than one per row; consumers never rely on the order of events (each applies its event through the inbox,
/// whatever arrived before).
/// </remarks>
public sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    BrokerReturns brokerReturns,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService where TDbContext : DbContext
{
    internal static readonly ActivitySource Source = new("Justice.Messaging");
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before the round: the broker's return during the round ends the publishes still waiting for it,
            // and the wait after the round.
            var brokerBack = brokerReturns.Next;
            BatchResult result;
            try
            {
                result = await DispatchBatchAsync(stoppingToken, brokerBack);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogBatchFailed(logger, ex);
                result = new BatchResult(0, 0, Failed: true);
            }

            failures = result.Failed ? failures + 1 : 0;
            try
            {
                if (failures > 0)
                {
                    await WaitForBrokerAsync(OutboxMessage.Backoff(failures, _options.MaxBackoff), brokerBack, stoppingToken);
                }
                else if (result.Dispatched + result.Unroutable < _options.BatchSize)
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>The broker did not take the last round: waits for it with a growing backoff, or until it is back.</summary>
    private async Task WaitForBrokerAsync(TimeSpan backoff, CancellationToken brokerBack, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, brokerBack);
        try
        {
            await Task.Delay(backoff, clock, wait.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The broker is back: the next round starts now.
        }
    }

    /// <summary>
    /// Publishes one batch of due rows in one transaction: every publish of the batch is in flight at once (started in
    /// the rows' order), and the confirmed rows are marked dispatched in one statement. Returns what became of them.
    /// Publishes still waiting when <paramref name="brokerBack"/> is cancelled give up, to be sent again at once: begun
    /// while the broker was away, they would otherwise sit out MassTransit's reconnect delay.
    /// </summary>
    public async Task<BatchResult> DispatchBatchAsync(CancellationToken cancellationToken, CancellationToken brokerBack = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var rows = await db.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE dispatched_at IS NULL AND next_attempt_at <= {now}
                ORDER BY created_at, id
                LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);

        var publishes = new List<(OutboxMessage Row, Task<PublishOutcome> Outcome)>(rows.Count);
        foreach (var row in rows)
        {
            if (Read(row) is not { } message)
            {
                // Written by a newer version, or damaged: no later attempt of this replica can read it either.
                row.MarkFailed(clock.GetUtcNow(), $"Unreadable: no event type '{row.Type}' or no payload", _options.UnroutableMaxBackoff);
                LogUnreadable(logger, row.Id, row.Type);
                continue;
            }
            publishes.Add((row, PublishAsync(row, message, brokerBack, cancellationToken)));
        }
        await Task.WhenAll(publishes.Select(publish => publish.Outcome));

        var dispatched = new List<Guid>(publishes.Count);
        var unroutable = 0;
        var notTaken = 0;
        foreach (var (row, outcome) in publishes)
        {
            switch (outcome.Result)
            {
                case { Kind: PublishOutcomeKind.Confirmed }:
                    dispatched.Add(row.Id);
                    break;
                case { Kind: PublishOutcomeKind.Returned, Error: var error }:
                    // Once per row and reason: an event nobody consumes yet would otherwise log on every attempt.
                    if (row.LastError != error)
                    {
                        LogUnroutable(logger, row.Id, row.Type, error);
                    }
                    row.MarkFailed(clock.GetUtcNow(), error, _options.UnroutableMaxBackoff);
                    unroutable++;
                    break;
                case { Error: var error, Exception: var exception }:
                    // The broker is likely away: the next round waits for it. One line per batch is enough to say so.
                    row.MarkNotTaken(clock.GetUtcNow(), error);
                    if (notTaken++ == 0)
                    {
                        LogPublishFailed(logger, row.Id, row.Type, row.Attempts, publishes.Count, exception);
                    }
                    break;
            }
        }

        await MarkDispatchedAsync(db, dispatched);
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return new BatchResult(dispatched.Count, unroutable, Failed: notTaken > 0);
    }

    /// <summary>One statement for the whole batch; the rows' tracked copies are left as read, so the save skips them.</summary>
    private async Task MarkDispatchedAsync(TDbContext db, List<Guid> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        await db.Set<OutboxMessage>()
            .Where(row => ids.Contains(row.Id))
            .ExecuteUpdateAsync(row => row
                .SetProperty(m => m.DispatchedAt, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
    }

    private static object? Read(OutboxMessage row)
    {
        if (IntegrationEventTypes.Find(row.Type) is not { } type)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(row.Payload, type, IntegrationEventTypes.JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Publishes one row and waits for the broker's answer: confirmed, returned as unroutable, or not taken.</summary>
    private async Task<PublishOutcome> PublishAsync(OutboxMessage row, object message, CancellationToken brokerBack,
        CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = Source.StartActivity($"outbox publish {row.Type}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, brokerBack);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            await bus.Publish(message, message.GetType(), context =>
            {
                context.MessageId = row.Id;
                context.Mandatory = true;
            }, timeout.Token);
            return PublishOutcome.Confirmed;
        }
        catch (MessageReturnedException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return PublishOutcome.Returned(Unroutable(ex));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            return PublishOutcome.NotTaken(ex);
        }
    }

    /// <summary>What <c>last_error</c> says of a returned row: the broker's reason and the exchange, no payload.</summary>
    private static string Unroutable(MessageReturnedException ex) =>
        ex.InnerException is PublishReturnException returned
            ? $"{OutboxMessage.UnroutablePrefix} returned by the broker ({returned.ReplyCode} {returned.ReplyText}), no queue bound to exchange '{returned.Exchange}'"
            : $"{OutboxMessage.UnroutablePrefix} returned by the broker, no queue bound for this event";

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Outbox row {MessageId} ({EventType}) not published, attempt {Attempts}; the broker may not have taken the rest of its batch of {BatchCount} either")]
    private static partial void LogPublishFailed(ILogger logger, Guid messageId, string eventType, int attempts, int batchCount, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {MessageId} ({EventType}) stays pending: {Reason}")]
    private static partial void LogUnroutable(ILogger logger, Guid messageId, string eventType, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox row {MessageId} ({EventType}) cannot be read and stays pending")]
    private static partial void LogUnreadable(ILogger logger, Guid messageId, string eventType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch round failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}

/// <param name="Dispatched">Rows the broker confirmed.</param>
/// <param name="Unroutable">Rows the broker returned because no queue is bound for them yet.</param>
/// <param name="Failed">Whether the broker did not take some of the rows (away, or no confirm in time).</param>
public readonly record struct BatchResult(int Dispatched, int Unroutable, bool Failed);

internal enum PublishOutcomeKind { Confirmed, Returned, NotTaken }

/// <summary>What the broker made of one publish; <see cref="Error"/> is what the row's <c>last_error</c> records.</summary>
internal sealed record PublishOutcome(PublishOutcomeKind Kind, string Error, Exception? Exception)
{
    public static readonly PublishOutcome Confirmed = new(PublishOutcomeKind.Confirmed, "", null);

    public static PublishOutcome Returned(string error) => new(PublishOutcomeKind.Returned, error, null);

    public static PublishOutcome NotTaken(Exception exception) =>
        new(PublishOutcomeKind.NotTaken, exception.GetType().Name + ": " + exception.Message, exception);
}
