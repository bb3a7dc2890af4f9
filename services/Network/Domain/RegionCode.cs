using System.Text.RegularExpressions;

namespace Justice.Network.Domain;

/// <summary>ISO 3166-2:BG codes of the judicial regions: <c>BG-01</c> … <c>BG-28</c>.</summary>
public static partial class RegionCode
{
    public static bool IsWellFormed(string? code) => code is not null && Pattern().IsMatch(code);

    /// <summary>Accepts any case (<c>bg-05</c>) and returns the canonical form (<c>BG-05</c>).</summary>
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    [GeneratedRegex("^BG-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
