using System.Text;
using System.Text.RegularExpressions;

namespace Justice.Training.Domain;

/// <summary>What a person's name and institution must be, as the programme writes them.</summary>
public static partial class PractitionerRules
{
    public const int MaxNameLength = 200;
    public const int MaxInstitutionLength = 200;

    /// <summary>
    /// A full name written wholly in Cyrillic or wholly in Latin letters, with spaces, hyphens,
    /// apostrophes and dots between them, and at least two letters.
    /// </summary>
    public static bool IsValidFullName(string name)
    {
        if (!NameShape().IsMatch(name) || name.Count(char.IsLetter) < 2)
        {
            return false;
        }
        var letters = name.Where(char.IsLetter).ToList();
        return letters.All(IsCyrillic) || letters.All(IsLatin);
    }

    /// <summary>The name as it is stored: composed Unicode, trimmed, single spaces.</summary>
    public static string NormalizeFullName(string name) =>
        WhiteSpaceRun().Replace(name.Normalize(NormalizationForm.FormC).Trim(), " ");

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool IsLatin(char c) =>
        char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7');

    [GeneratedRegex(@"^\p{L}+(?:[ \-'’.]+\p{L}+)*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameShape();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpaceRun();
}
