using System.Globalization;
using System.Security.Cryptography;

namespace Justice.Training.Certificates;

/// <summary>
/// The code printed on a certificate and in its QR code: 12 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L), so it can be typed from paper; about 59 bits, too many to guess.
/// </summary>
public static class VerificationCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 12;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>As a person may type it: any case, with spaces or hyphens between groups.</summary>
    public static string Normalize(string code) =>
        code.Trim().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public static bool IsWellFormed(string code) => code.Length == Length && code.All(Alphabet.Contains);
}

/// <summary>Certificate numbers: the programme's prefix, the year of issue and a serial from the database.</summary>
public static class CertificateNumbers
{
    public static string Format(int year, long serial) =>
        string.Create(CultureInfo.InvariantCulture, $"JBC-{year:D4}-{serial:D6}");
}
