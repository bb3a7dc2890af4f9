using System.Globalization;

namespace Justice.Training.Certificates;

/// <summary>Certificate numbers: <c>JBC-2026-000042</c>, the year and that year's sequence.</summary>
public static class CertificateNumbers
{
    public const string Prefix = "JBC";

    /// <summary>The sequence keeps six digits so that numbers sort as text and read back unambiguously.</summary>
    public const long MaxSequence = 999_999;

    public static string Format(int year, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year:D4}-{sequence:D6}");
    }
}
