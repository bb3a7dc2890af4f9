using System.Security.Cryptography;
using System.Text;

namespace Justice.Assessment.Feedback;

/// <summary>
/// One-time codes handed to victims: 10 characters of an alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits
/// of randomness, shown as <c>ABCDE-FGHJK</c>. Only their SHA-256 is stored.
/// </summary>
public static class FeedbackCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 10;

    /// <summary>A new random code in its printed form.</summary>
    public static string New()
    {
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        return $"{code[..5]}-{code[5..]}";
    }

    /// <summary>The code as typed, without hyphens and spaces, in capitals: <c>abcde fghjk</c> → <c>ABCDEFGHJK</c>.</summary>
    public static string Normalize(string typed) =>
        string.Concat(typed.Where(c => c is not ('-' or ' '))).ToUpperInvariant();

    public static bool IsWellFormed(string normalized) =>
        normalized.Length == Length && normalized.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>What the database keeps of a code: its SHA-256, from its normalised form.</summary>
    public static byte[] Hash(string typed) => SHA256.HashData(Encoding.ASCII.GetBytes(Normalize(typed)));
}
