using Justice.Identity.Data;
using Justice.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Justice.Identity.Accounts;

/// <summary>
/// Keeps at least one enabled national admin. Every change that could remove one (demotion, disabling, deletion)
/// runs in a transaction holding one PostgreSQL advisory lock, so two admins demoting each other at the same moment
/// are taken one after the other: the second sees the first's change and is refused.
/// </summary>
public sealed class NationalAdmins(IdentityDb db)
{
    /// <summary>The advisory lock's key: any fixed number no other code of this database uses.</summary>
    private const long LockKey = 7_451_203_911;

    /// <summary>A transaction that holds the lock until it commits or is disposed.</summary>
    public async Task<IDbContextTransaction> LockAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        return transaction;
    }

    /// <summary>Whether <paramref name="userId"/> is the only enabled national admin (call it holding the lock).</summary>
    public async Task<bool> IsLastAsync(string userId, CancellationToken cancellationToken)
    {
        var enabled = await EnabledIds().Take(2).ToListAsync(cancellationToken);
        return enabled.Count == 1 && enabled[0] == userId;
    }

    /// <summary>Whether any enabled national admin exists.</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => EnabledIds().AnyAsync(cancellationToken);

    private IQueryable<string> EnabledIds() =>
        from user in db.Users
        join link in db.UserRoles on user.Id equals link.UserId
        join role in db.Roles on link.RoleId equals role.Id
        where role.Name == Roles.NationalAdmin && user.DisabledAt == null
        select user.Id;
}
