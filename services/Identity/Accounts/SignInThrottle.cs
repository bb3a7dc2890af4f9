using Justice.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Justice.Identity.Accounts;

/// <summary>
/// Slows down password and one-time-code guessing without handing strangers a button that locks real people out.
/// </summary>
/// <remarks>
/// <para>Every wrong password or code is a row of <c>sign_in_failures</c>: the account (user id, or a keyed hash of a
/// name nobody holds) and the source (the client's IP address as this host sees it: behind proxies, the forwarded
/// address the host is configured to trust). Rows older than <see cref="Window"/> no longer count and are removed.</para>
/// <para>Two limits, both over the last <see cref="Window"/>:</para>
/// <list type="bullet">
/// <item><b>Per account and source</b>: after <see cref="SourceLimit"/> failures from one source, that source is refused
/// for that account, without its password even being checked, until its failures age out. Other sources are not.</item>
/// <item><b>Per account</b>: after <see cref="AccountLimit"/> failures from all sources together (guessing spread over
/// many addresses), every source that has itself failed for the account is refused at once, so each further address
/// gets one guess. A source with no failure for the account — the owner at their usual desk — still signs in.</item>
/// </list>
/// <para>So a stranger who hammers an account locks out only their own addresses, while a guesser gets at most about
/// <see cref="AccountLimit"/> guesses plus one per address in a window. A correct sign-in clears its source's failures;
/// a national admin's unlock clears the account's. The gateway's rate limits come on top of this.</para>
/// <para>Time is the <see cref="TimeProvider"/>'s, not ASP.NET Identity's lockout clock, which is switched off.</para>
/// </remarks>
public sealed class SignInThrottle(IdentityDb db, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int SourceLimit = 5;
    public const int AccountLimit = 20;

    /// <summary>Whether <paramref name="source"/> may not try <paramref name="accountKey"/> now.</summary>
    public async Task<bool> IsRefusedAsync(string accountKey, string source, CancellationToken cancellationToken)
    {
        var recent = Recent(accountKey);
        var fromSource = await recent.CountAsync(failure => failure.Source == source, cancellationToken);
        if (fromSource >= SourceLimit)
        {
            return true;
        }
        return fromSource > 0 && await recent.CountAsync(cancellationToken) >= AccountLimit;
    }

    public async Task RecordFailureAsync(string accountKey, string source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.SignInFailures.Where(failure => failure.AccountKey == accountKey && failure.FailedAt <= now - Window)
            .ExecuteDeleteAsync(cancellationToken);
        db.SignInFailures.Add(new SignInFailure { AccountKey = accountKey, Source = source, FailedAt = now });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>After a correct sign-in: the source's earlier mistakes are forgiven.</summary>
    public Task ForgiveAsync(string accountKey, string source, CancellationToken cancellationToken) =>
        db.SignInFailures.Where(failure => failure.AccountKey == accountKey && failure.Source == source)
            .ExecuteDeleteAsync(cancellationToken);

    /// <summary>A national admin's unlock: every source may try the account again.</summary>
    public Task UnlockAsync(string accountKey, CancellationToken cancellationToken) =>
        db.SignInFailures.Where(failure => failure.AccountKey == accountKey).ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// Of <paramref name="accountKeys"/>, those locked now: some source is refused, or the account has reached
    /// <see cref="AccountLimit"/>.
    /// </summary>
    public async Task<HashSet<string>> LockedAsync(IReadOnlyCollection<string> accountKeys, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Window;
        var counts = await db.SignInFailures
            .Where(failure => accountKeys.Contains(failure.AccountKey) && failure.FailedAt > since)
            .GroupBy(failure => new { failure.AccountKey, failure.Source })
            .Select(group => new { group.Key.AccountKey, Failures = group.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(count => count.AccountKey)
            .Where(account => account.Any(source => source.Failures >= SourceLimit) || account.Sum(source => source.Failures) >= AccountLimit)
            .Select(account => account.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> IsLockedAsync(string accountKey, CancellationToken cancellationToken) =>
        (await LockedAsync([accountKey], cancellationToken)).Count > 0;

    private IQueryable<SignInFailure> Recent(string accountKey)
    {
        var since = clock.GetUtcNow() - Window;
        return db.SignInFailures.Where(failure => failure.AccountKey == accountKey && failure.FailedAt > since);
    }
}
