using System.Security.Cryptography;

namespace Justice.Training.Certificates;

/// <summary>
/// The code printed on a certificate, with which anyone can check it is genuine. People read it off
/// paper and type it in, so the alphabet leaves out 0/O and 1/I/L, and input may come in lower case,
/// in groups, or with stray spaces.
/// </summary>
public static class VerificationCodes
{
    public const int Length = 12;
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private const int GroupLength = 4;

    /// <summary>A new random code: 31^12, about 59 bits, too many to guess one that exists.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The canonical form of what someone typed: trimmed, upper case, without hyphens or spaces.</summary>
    public static string Normalize(string code) =>
        string.Concat(code.Where(c => c != '-' && !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant));

    /// <summary>Whether a canonical code has the right length and only letters of the alphabet.</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>The code in groups of four, as printed: easier to copy than twelve letters in a row.</summary>
    public static string Display(string code)
    {
        var canonical = Normalize(code);
        if (!IsWellFormed(canonical))
        {
            throw new ArgumentException($"'{code}' is not a verification code.", nameof(code));
        }
        return string.Join('-', canonical.Chunk(GroupLength).Select(group => new string(group)));
    }
}
