using System.Diagnostics;
using System.Text.Json;
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
/// with a growing backoff. Such a row does not hold up the rows behind it; only a broker that does not answer
/// ends the batch.
/// </remarks>
public sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
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
            BatchResult result;
            try
            {
                result = await DispatchBatchAsync(stoppingToken);
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
                    await Task.Delay(OutboxMessage.Backoff(failures, _options.MaxBackoff), clock, stoppingToken);
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

    /// <summary>Publishes one batch of due rows in one transaction. Returns how many were dispatched and returned.</summary>
    public async Task<BatchResult> DispatchBatchAsync(CancellationToken cancellationToken)
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

        var dispatched = 0;
        var unroutable = 0;
        var failed = false;
        foreach (var row in rows)
        {
            if (Read(row) is not { } message)
            {
                // Written by a newer version, or damaged: no later attempt of this replica can read it either.
                row.MarkFailed(clock.GetUtcNow(), $"Unreadable: no event type '{row.Type}' or no payload", _options.UnroutableMaxBackoff);
                LogUnreadable(logger, row.Id, row.Type);
                continue;
            }
            try
            {
                await PublishAsync(row, message, cancellationToken);
                row.MarkDispatched(clock.GetUtcNow());
                dispatched++;
            }
            catch (MessageReturnedException ex) when (!cancellationToken.IsCancellationRequested)
            {
                var error = Unroutable(ex);
                // Once per row and reason: an event nobody consumes yet would otherwise log on every attempt.
                if (row.LastError != error)
                {
                    LogUnroutable(logger, row.Id, row.Type, error);
                }
                row.MarkFailed(clock.GetUtcNow(), error, _options.UnroutableMaxBackoff);
                unroutable++;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The broker is likely away: leave the rest for the next round instead of timing out on each.
                row.MarkFailed(clock.GetUtcNow(), ex.GetType().Name + ": " + ex.Message, _options.MaxBackoff);
                LogPublishFailed(logger, row.Id, row.Type, row.Attempts, ex);
                failed = true;
                break;
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return new BatchResult(dispatched, unroutable, failed);
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

    private async Task PublishAsync(OutboxMessage row, object message, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = Source.StartActivity($"outbox publish {row.Type}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(message, message.GetType(), context =>
        {
            context.MessageId = row.Id;
            context.Mandatory = true;
        }, timeout.Token);
    }

    /// <summary>What <c>last_error</c> says of a returned row: the broker's reason and the exchange, no payload.</summary>
    private static string Unroutable(MessageReturnedException ex) =>
        ex.InnerException is PublishReturnException returned
            ? $"Unroutable: returned by the broker ({returned.ReplyCode} {returned.ReplyText}), no queue bound to exchange '{returned.Exchange}'"
            : "Unroutable: returned by the broker, no queue bound for this event";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {MessageId} ({EventType}) not published, attempt {Attempts}")]
    private static partial void LogPublishFailed(ILogger logger, Guid messageId, string eventType, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {MessageId} ({EventType}) stays pending: {Reason}")]
    private static partial void LogUnroutable(ILogger logger, Guid messageId, string eventType, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox row {MessageId} ({EventType}) cannot be read and stays pending")]
    private static partial void LogUnreadable(ILogger logger, Guid messageId, string eventType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch round failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}

/// <param name="Dispatched">Rows the broker confirmed.</param>
/// <param name="Unroutable">Rows the broker returned because no queue is bound for them yet.</param>
/// <param name="Failed">Whether the broker did not answer, which ended the batch early.</param>
public readonly record struct BatchResult(int Dispatched, int Unroutable, bool Failed);
