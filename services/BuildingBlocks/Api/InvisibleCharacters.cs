using System.Buffers;
using System.Globalization;
using System.Text;

namespace Justice.Api;

/// <summary>
/// Characters a text people write must not hold: control characters (Cc, such as U+0000, which PostgreSQL text
/// cannot store), invisible format characters (Cf: the bidi overrides and isolates such as U+202E, which reorder what
/// a certificate or a list prints; zero-width spaces; the byte-order mark), and broken surrogate pairs.
/// </summary>
/// <remarks>
/// The zero-width non-joiner and joiner (U+200C, U+200D) stay allowed: they are part of correct spelling in some
/// scripts (Persian, the Indic scripts) and of emoji sequences, and they cannot reorder or hide text.
/// </remarks>
public static class InvisibleCharacters
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>Whether <paramref name="text"/> holds a character no text may hold.</summary>
    public static bool Any(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var length) != OperationStatus.Done || IsRefused(rune))
            {
                return true;
            }
            rest = rest[length..];
        }
        return false;
    }

    private static bool IsRefused(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control => true,
        UnicodeCategory.Format => rune.Value is not (ZeroWidthNonJoiner or ZeroWidthJoiner),
        _ => false,
    };
}
