namespace Justice.Identity.Accounts;

/// <summary>
/// A row of <c>access_revocations</c>: from <see cref="RevokedAt"/> on, the tokens <see cref="UserId"/> held before
/// must stop working (they were disabled, deleted, given another role, or their password changed).
/// </summary>
public sealed class AccessRevocation
{
    public long Id { get; init; }
    public required string UserId { get; init; }
    public required DateTimeOffset RevokedAt { get; init; }
}
