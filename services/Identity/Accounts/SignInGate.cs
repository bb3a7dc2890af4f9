using Justice.Audit;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Accounts;

/// <summary>
/// The one place a user name, password and one-time code are checked: the token endpoint's password grant, the
/// sign-in page and the anonymous password change all come through here, so all share the throttle, the
/// second factor, the disabled and must-change rules, and the audit.
/// </summary>
public sealed class SignInGate(UserManager<JusticeUser> users, SignInThrottle throttle, AuditNames names, SecurityAuditLog audit)
{
    /// <summary>
    /// The account's security stamp when it signed in, kept in refresh tokens, codes and the sign-in cookie (never in
    /// access or identity tokens): a changed stamp (password, role, disabled) ends what was issued before.
    /// </summary>
    public const string StampClaim = "justice_stamp";

    /// <summary>
    /// Checks the credentials, audited as <paramref name="action"/>. With <paramref name="forPasswordChange"/>, an account
    /// that must change its password passes (that is how it changes it).
    /// </summary>
    public async Task<SignInCheck> CheckAsync(HttpContext http, string action, string? userName, string? password, string? code,
        bool forPasswordChange = false)
    {
        var cancellationToken = CancellationToken.None; // a caller who hangs up does not skip the count
        var user = string.IsNullOrEmpty(userName) ? null : await users.FindByNameAsync(userName);
        var account = user?.Id ?? names.Of(userName);
        var source = SourceOf(http);

        SignInCheck check;
        if (await throttle.IsRefusedAsync(account, source, cancellationToken))
        {
            check = new(SignInOutcome.Throttled, null);
        }
        else if (user is null || !await users.CheckPasswordAsync(user, password ?? ""))
        {
            await throttle.RecordFailureAsync(account, source, cancellationToken);
            check = new(SignInOutcome.Wrong, null);
        }
        else if (user.TwoFactorEnabled && !await AuthenticatorCodes.IsValidAsync(users, user, code))
        {
            await throttle.RecordFailureAsync(account, source, cancellationToken);
            check = new(SignInOutcome.SecondFactorFailed, user);
        }
        else
        {
            await throttle.ForgiveAsync(account, source, cancellationToken);
            check = new(user.IsDisabled ? SignInOutcome.Disabled
                : user.MustChangePassword && !forPasswordChange ? SignInOutcome.MustChangePassword
                : SignInOutcome.Succeeded, user);
        }
        await audit.RecordAsync(http, action, user?.Id, OutcomeText(check.Outcome), actor: account);
        return check;
    }

    /// <summary>Whether a user who signed in earlier (refresh token, sign-in cookie) may still have tokens.</summary>
    public static bool MayContinue(JusticeUser? user, string? stampAtSignIn) =>
        user is not null && !user.IsDisabled && !user.MustChangePassword
        && string.Equals(user.SecurityStamp, stampAtSignIn, StringComparison.Ordinal);

    /// <summary>The client's address as this host sees it (forwarded headers, where trusted, already applied).</summary>
    public static string SourceOf(HttpContext http) =>
        http.Connection.RemoteIpAddress?.ToString() is { Length: > 0 and <= 64 } address ? address : "unknown";

    private static string OutcomeText(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.Succeeded => "succeeded",
        SignInOutcome.Wrong => "failed",
        SignInOutcome.SecondFactorFailed => "second-factor-failed",
        SignInOutcome.Throttled => "throttled",
        SignInOutcome.Disabled => "disabled",
        _ => "must-change-password",
    };
}
