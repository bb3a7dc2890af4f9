using Justice.Assessment.Data;
using Justice.Assessment.Victims;
using Microsoft.EntityFrameworkCore;

namespace Justice.Assessment.Protection;

/// <summary>
/// Adds a field key and re-encrypts every victim under it, a batch at a time, while the service runs. A row changed
/// meanwhile fails its save (optimistic concurrency) and is taken again in a later batch. Resumable: re-encryption
/// picks up every row not under the current key, so running it again finishes an interrupted run.
/// </summary>
public sealed partial class KeyRotation(IServiceScopeFactory scopes, FieldKeys keys, ILogger<KeyRotation> logger)
{
    public const int BatchSize = 100;

    /// <summary>Makes a new current key and moves every row to it; returns the key's number and the rows moved.</summary>
    public async Task<(int KeyId, int Reencrypted)> RotateAsync(CancellationToken cancellationToken)
    {
        var keyId = keys.AddKey();
        LogKeyAdded(logger, keyId);
        return (keyId, await ReencryptAsync(cancellationToken));
    }

    /// <summary>Re-encrypts every row not under the current key; returns how many were re-encrypted.</summary>
    public async Task<int> ReencryptAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
            var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
            var current = protector.CurrentKeyId;
            var batch = await db.Victims.Where(v => v.KeyId != current).OrderBy(v => v.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                LogReencrypted(logger, total, current);
                return total;
            }
            foreach (var victim in batch)
            {
                victim.Reseal(protector);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                total += batch.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // A victim updated meanwhile was written under the current key already, or is taken in the next batch.
                total += await SaveOneByOneAsync(batch, cancellationToken);
            }
        }
    }

    private async Task<int> SaveOneByOneAsync(IEnumerable<Victim> batch, CancellationToken cancellationToken)
    {
        var saved = 0;
        foreach (var id in batch.Select(v => v.Id))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
            var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
            var victim = await db.Victims.SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
            if (victim is null || !victim.Reseal(protector))
            {
                continue;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                saved++;
            }
            catch (DbUpdateConcurrencyException)
            {
                LogRetried(logger, id);
            }
        }
        return saved;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Field key {KeyId} added; it encrypts every new write")]
    private static partial void LogKeyAdded(ILogger logger, int keyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} victims re-encrypted; every row is under key {KeyId}")]
    private static partial void LogReencrypted(ILogger logger, int count, int keyId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Victim {VictimId} changed during re-encryption; taken again")]
    private static partial void LogRetried(ILogger logger, Guid victimId);
}
