using System.Text.RegularExpressions;

namespace Justice.Contracts;

/// <summary>
/// The shape of the region codes that events and gRPC messages carry: ISO 3166-2:BG, <c>BG-01</c> … <c>BG-28</c>.
/// Whether a code names a region is Network's to say; this only checks the shape.
/// </summary>
public static partial class JudicialRegionCode
{
    public static bool IsWellFormed(string? code) => code is not null && Pattern().IsMatch(code);

    /// <summary>The 28 codes, <c>BG-01</c> to <c>BG-28</c>, for figures that give every region its row.</summary>
    public static readonly IReadOnlyList<string> All = [.. Enumerable.Range(1, 28).Select(n => $"BG-{n:00}")];

    /// <summary>Whether <paramref name="code"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);

    /// <summary>Accepts any case and surrounding spaces (<c> bg-05</c>) and returns the canonical form (<c>BG-05</c>).</summary>
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    [GeneratedRegex("^BG-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
