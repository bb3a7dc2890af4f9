using System.Collections.Frozen;
using System.Globalization;
using System.Security.Claims;

namespace Justice.Security;

/// <summary>A user whose access tokens issued at or before <see cref="RevokedAt"/> no longer open anything.</summary>
public sealed record RevokedAccess(string UserId, DateTimeOffset RevokedAt);

/// <summary>
/// The identity service's list of revoked access, as this host last read it (<see cref="AccessRevocationPoller"/>):
/// an access token whose <c>sub</c> was revoked at or after its <c>iat</c> is refused, though its signature and
/// lifetime are good.
/// </summary>
public sealed class AccessRevocations
{
    /// <summary>Where the identity service serves the list, inside the system only (the gateway does not route it).</summary>
    public const string Path = "/internal/access-revocations";

    /// <summary>How long an entry matters: an access token lives no longer.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);

    private volatile FrozenDictionary<string, DateTimeOffset> _revoked = FrozenDictionary<string, DateTimeOffset>.Empty;

    /// <summary>When the list was last read from the identity service; null until it first was.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Whether a token of <paramref name="userId"/> issued at <paramref name="issuedAt"/> (<see cref="IssuedAt"/>) is revoked.</summary>
    public bool IsRevoked(string userId, DateTimeOffset issuedAt) =>
        _revoked.TryGetValue(userId, out var revokedAt) && revokedAt >= issuedAt;

    /// <summary>
    /// When a token was issued, as precisely as it says: its <see cref="JusticeClaims.IssuedAtMilliseconds"/>, or else the
    /// start of its <c>iat</c> second, so that a token without the claim issued in the second of a revocation is refused
    /// whichever came first.
    /// </summary>
    public static DateTimeOffset IssuedAt(ClaimsPrincipal token, DateTimeOffset iat) =>
        long.TryParse(token.FindFirstValue(JusticeClaims.IssuedAtMilliseconds), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : new DateTimeOffset(iat.Ticks - (iat.Ticks % TimeSpan.TicksPerSecond), iat.Offset);

    /// <summary>Replaces the list with the one just read.</summary>
    public void Replace(IEnumerable<RevokedAccess> revoked, DateTimeOffset readAt)
    {
        _revoked = revoked
            .GroupBy(entry => entry.UserId, StringComparer.Ordinal)
            .ToFrozenDictionary(user => user.Key, user => user.Max(entry => entry.RevokedAt), StringComparer.Ordinal);
        ReadAt = readAt;
    }
}
