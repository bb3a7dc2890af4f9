namespace Justice.Identity.Tokens;

/// <summary>
/// A row of <c>access_revocations</c>: at <see cref="RevokedAt"/> the user's security stamp changed (a new role, a
/// sign-out, a disabled account, a new password) or the user was deleted, so their earlier access tokens open nothing.
/// </summary>
public sealed class AccessRevocation
{
    /// <summary>A row of its own: the same user may be revoked twice in one tick (a fake clock, two saves).</summary>
    public long Id { get; init; }
    public required string UserId { get; init; }
    public required DateTimeOffset RevokedAt { get; init; }
}
