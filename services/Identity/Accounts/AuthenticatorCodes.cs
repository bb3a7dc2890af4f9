using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Justice.Identity.Accounts;

/// <summary>The codes of an authenticator app (TOTP, RFC 6238), as people type them: spaces and dashes allowed.</summary>
public static class AuthenticatorCodes
{
    /// <summary>Whether <paramref name="code"/> is the user's current TOTP code for their active key.</summary>
    public static async Task<bool> IsValidAsync(UserManager<JusticeUser> users, JusticeUser user, string? code) =>
        !string.IsNullOrWhiteSpace(code)
        && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Clean(code));

    /// <summary>
    /// Whether <paramref name="code"/> is a current code of <paramref name="base32Key"/> (a key not active yet): the
    /// 30-second step of now, or the one before or after, as Identity's own check allows for clocks that drift.
    /// </summary>
    public static bool IsValidFor(string base32Key, string? code, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(code) || !int.TryParse(Clean(code), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var expected))
        {
            return false;
        }
        var key = Base32(base32Key);
        var step = now.ToUnixTimeSeconds() / 30;
        return Enumerable.Range(-1, 3).Any(drift => Totp(key, step + drift) == expected);
    }

    private static string Clean(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private static int Totp(byte[] key, long step)
    {
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
#pragma warning disable CA5350 // RFC 6238 authenticators use HMAC-SHA1.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
