namespace Justice.Identity.Tokens;

/// <summary>
/// A row of <c>access_revocations</c>: at <see cref="RevokedAt"/> the user's security stamp changed (a new role, a
/// sign-out, a disabled account, a new password) or the user was deleted, so their earlier access tokens open nothing.
/// </summary>
public sealed class AccessRevocation
{
    public required string UserId { get; init; }
    public required DateTimeOffset RevokedAt { get; init; }
}
