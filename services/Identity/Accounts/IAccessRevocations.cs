using Justice.Identity.Data;

namespace Justice.Identity.Accounts;

/// <summary>
/// Called whenever a user's existing tokens must stop working: disabled, deleted, another role, a password changed or
/// reset. Refresh tokens already re-check the security stamp; this is the seam for access tokens (revocation lists).
/// </summary>
public interface IAccessRevocations
{
    Task RevokeAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>Records the user id and the time in <c>access_revocations</c>, for whoever refuses access tokens.</summary>
public sealed class AccessRevocations(IdentityDb db, TimeProvider clock) : IAccessRevocations
{
    public async Task RevokeAsync(string userId, CancellationToken cancellationToken)
    {
        db.AccessRevocations.Add(new AccessRevocation { UserId = userId, RevokedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }
}
