using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Accounts;

/// <summary>The codes of an authenticator app (TOTP, RFC 6238), as people type them: spaces and dashes allowed.</summary>
public static class AuthenticatorCodes
{
    /// <summary>Whether <paramref name="code"/> is the user's current TOTP code.</summary>
    public static async Task<bool> IsValidAsync(UserManager<JusticeUser> users, JusticeUser user, string? code) =>
        !string.IsNullOrWhiteSpace(code)
        && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider,
            code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal));
}
