using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Justice.Messaging.Outbox;

/// <summary>
/// Publishes pending outbox rows, oldest first, each with its row id as <c>MessageId</c>; a row is marked
/// dispatched only after the broker confirmed it. Rows are locked with <c>FOR UPDATE SKIP LOCKED</c>, so
/// several replicas share the work without publishing a row twice at the same time.
/// </summary>
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
                result = new BatchResult(0, Failed: true);
            }

            failures = result.Failed ? failures + 1 : 0;
            try
            {
                if (failures > 0)
                {
                    await Task.Delay(OutboxMessage.Backoff(failures, _options.MaxBackoff), clock, stoppingToken);
                }
                else if (result.Dispatched < _options.BatchSize)
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

    /// <summary>Publishes one batch of pending rows in one transaction. Returns how many were dispatched.</summary>
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
        var failed = false;
        foreach (var row in rows)
        {
            try
            {
                await PublishAsync(row, cancellationToken);
                row.MarkDispatched(clock.GetUtcNow());
                dispatched++;
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
        return new BatchResult(dispatched, failed);
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = IntegrationEventTypes.Find(row.Type)
            ?? throw new InvalidOperationException($"Unknown integration event type '{row.Type}'.");
        var message = JsonSerializer.Deserialize(row.Payload, type, IntegrationEventTypes.JsonOptions)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty payload.");

        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = Source.StartActivity($"outbox publish {row.Type}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(message, type, context => context.MessageId = row.Id, timeout.Token);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {MessageId} ({EventType}) not published, attempt {Attempts}")]
    private static partial void LogPublishFailed(ILogger logger, Guid messageId, string eventType, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch round failed")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}

public readonly record struct BatchResult(int Dispatched, bool Failed);
