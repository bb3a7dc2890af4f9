using Justice.Identity.Accounts;
using Justice.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Justice.Identity.Tokens;

/// <summary>
/// Whenever a user's security stamp changes or the user is deleted, in the same SaveChanges, records an
/// <see cref="AccessRevocation"/>: whatever changed the stamp (<c>UserManager.UpdateSecurityStampAsync</c>, a password
/// change, two-factor sign-in turned on) needs to do nothing else for the user's access tokens to stop working. Rows
/// older than an access token's lifetime are deleted on the way.
/// </summary>
public sealed class AccessRevocationRecorder(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db && Record(db))
        {
            db.Set<AccessRevocation>().Where(Expired()).ExecuteDelete();
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Record(db))
        {
            await db.Set<AccessRevocation>().Where(Expired()).ExecuteDeleteAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>Adds a revocation for each user whose stamp changed or who is being deleted; whether there was one.</summary>
    private bool Record(DbContext db)
    {
        var now = time.GetUtcNow();
        var revoked = db.ChangeTracker.Entries<JusticeUser>()
            .Where(user => user.State == EntityState.Deleted
                || (user.State == EntityState.Modified && StampChanged(user.Property(u => u.SecurityStamp))))
            .Select(user => user.Entity.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var userId in revoked)
        {
            db.Add(new AccessRevocation { UserId = userId, RevokedAt = now });
        }
        return revoked.Count > 0;
    }

    /// <summary>
    /// Compares values rather than trusting <c>IsModified</c>: Identity's store updates a user with <c>DbContext.Update</c>,
    /// which marks every property modified.
    /// </summary>
    private static bool StampChanged(Microsoft.EntityFrameworkCore.ChangeTracking.PropertyEntry<JusticeUser, string?> stamp) =>
        !string.Equals(stamp.OriginalValue, stamp.CurrentValue, StringComparison.Ordinal);

    private System.Linq.Expressions.Expression<Func<AccessRevocation, bool>> Expired()
    {
        var cutoff = time.GetUtcNow() - AccessRevocations.Kept;
        return revocation => revocation.RevokedAt < cutoff;
    }
}
