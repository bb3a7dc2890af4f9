using Justice.Contracts.Events;
using Justice.Messaging.Inbox;
using Justice.Network.Data;
using Justice.Network.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Consumers;

/// <summary>Records a special measure's decision for the victim, whether or not their case exists yet.</summary>
public sealed class MeasureDecidedConsumer(NetworkDbContext db) : InboxConsumer<MeasureDecided, NetworkDbContext>(db)
{
    protected override async Task ApplyAsync(MeasureDecided message, CancellationToken cancellationToken) =>
        (await VictimMeasures.FindOrAddAsync(Db, message.VictimId, message.Measure, cancellationToken))
            .Decide(message.Accepted, message.OccurredAt.ToUniversalTime());
}

/// <summary>Records whether an accepted special measure was applied for the victim, whether or not their case exists yet.</summary>
public sealed class MeasureAppliedConsumer(NetworkDbContext db) : InboxConsumer<MeasureApplied, NetworkDbContext>(db)
{
    protected override async Task ApplyAsync(MeasureApplied message, CancellationToken cancellationToken) =>
        (await VictimMeasures.FindOrAddAsync(Db, message.VictimId, message.Measure, cancellationToken))
            .Apply(message.Applied, message.AppliedOn, message.OccurredAt.ToUniversalTime());
}

internal static class VictimMeasures
{
    /// <summary>
    /// The victim's row for the measure, added when there is none. Two consumers adding the same row at once make
    /// the second save fail; its retry finds the row.
    /// </summary>
    public static async Task<VictimMeasure> FindOrAddAsync(NetworkDbContext db, Guid victimId, string measure,
        CancellationToken cancellationToken)
    {
        var row = await db.VictimMeasures.SingleOrDefaultAsync(m => m.VictimId == victimId && m.Measure == measure, cancellationToken);
        if (row is null)
        {
            row = new VictimMeasure { VictimId = victimId, Measure = measure };
            db.VictimMeasures.Add(row);
        }
        return row;
    }
}
