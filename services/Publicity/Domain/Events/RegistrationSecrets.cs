using System.Security.Cryptography;
using System.Text;

namespace Justice.Publicity.Domain.Events;

/// <summary>
/// The secrets mailed to a participant: a confirmation code short enough to type (ten characters of Crockford's base 32:
/// 50 random bits, valid for a day, one use) and a cancellation token for a link (256 random bits, one use). Only their
/// SHA-256 hashes are stored, so a copy of the database confirms or cancels nothing.
/// </summary>
public static class RegistrationSecrets
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new code, shown as <c>ABCDE-FGHJK</c>.</summary>
    public static string NewConfirmationCode()
    {
        Span<char> code = stackalloc char[11];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = i == 5 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(code);
    }

    public static string NewCancellationToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The hash of a code as a person typed it: case, spaces and dashes do not matter, nor O for 0 or I and L for 1.</summary>
    public static string HashCode(string typed)
    {
        var normalized = new StringBuilder(typed.Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            normalized.Append(c switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                ' ' or '-' => '\0',
                _ => c,
            });
        }
        return Hash(normalized.Replace("\0", "").ToString());
    }

    public static string HashToken(string token) => Hash(token.Trim());

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
