using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Justice.Messaging.Inbox;

/// <summary>
/// A consumer whose side effect happens once per message id: the inbox row and the side effect commit
/// in one transaction, and a message seen before is acknowledged without being applied again.
/// </summary>
public abstract class InboxConsumer<TMessage, TDbContext>(TDbContext db) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    protected TDbContext Db { get; } = db;

    /// <summary>The id of the message being applied: for an event that carries no id of its own.</summary>
    protected Guid MessageId { get; private set; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("A message without a MessageId cannot be applied exactly once.");
        MessageId = messageId;
        var consumer = GetType().Name;
        var cancellationToken = context.CancellationToken;

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        // Waits on a concurrent delivery of the same message until it commits, then finds its row.
        var inserted = await Db.Database.ExecuteSqlAsync($"""
            INSERT INTO inbox_messages (consumer, message_id, processed_at)
            VALUES ({consumer}, {messageId}, {DateTimeOffset.UtcNow})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (inserted == 0)
        {
            return;
        }

        await ApplyAsync(context.Message, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Committed(context.Message);
    }

    /// <summary>The side effect: change <see cref="Db"/>; the base class saves and commits.</summary>
    protected abstract Task ApplyAsync(TMessage message, CancellationToken cancellationToken);

    /// <summary>After the effect committed (never for a duplicate): for what must count only what happened, such as a meter.</summary>
    protected virtual void Committed(TMessage message)
    {
    }
}
