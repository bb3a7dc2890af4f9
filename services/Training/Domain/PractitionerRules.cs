using System.Text;
using Justice.Contracts;
using System.Text.RegularExpressions;
using Justice.ServiceDefaults.Http;

namespace Justice.Training.Domain;

/// <summary>What a practitioner's registration must satisfy before anyone else is asked.</summary>
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

    /// <summary>Checks every field of a registration; returns the cleaned fields when all are valid.</summary>
    public static PractitionerRegistration? Validate(
        string? fullName, string? profession, string? institution, string? regionCode, ValidationErrors errors)
    {
        var name = ValidateFullName(fullName, errors);

        var professionCode = errors.RequireText("profession", profession, 50);
        if (professionCode is not null && !Professions.IsKnown(professionCode))
        {
            errors.Add("profession", $"Unknown profession. Known: {string.Join(", ", Professions.All.Select(p => p.Code))}.");
            professionCode = null;
        }

        var institutionName = errors.RequireText("institution", institution, MaxInstitutionLength);

        var region = errors.RequireText("regionCode", regionCode, 5);
        if (region is not null)
        {
            region = JudicialRegionCode.Normalize(region);
            if (!JudicialRegionCode.IsWellFormed(region))
            {
                errors.Add("regionCode", "Use an ISO 3166-2:BG code such as BG-05.");
                region = null;
            }
        }

        return errors.IsEmpty ? new PractitionerRegistration(name!, professionCode!, institutionName!, region!) : null;
    }

    /// <summary>A person's full name: required, at most 200 characters, one script; returns it cleaned.</summary>
    public static string? ValidateFullName(string? fullName, ValidationErrors errors)
    {
        var name = errors.RequireText("fullName", fullName, MaxNameLength);
        if (name is null)
        {
            return null;
        }
        name = WhiteSpaceRun().Replace(name.Normalize(NormalizationForm.FormC), " ");
        if (!IsValidFullName(name))
        {
            errors.Add("fullName", "Use Cyrillic or Latin letters (one script), spaces, hyphens and apostrophes.");
            return null;
        }
        return name;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool IsLatin(char c) =>
        char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7');

    [GeneratedRegex(@"^\p{L}+(?:[ \-'’.]+\p{L}+)*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameShape();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpaceRun();
}

/// <summary>A registration whose fields passed <see cref="PractitionerRules.Validate"/>.</summary>
public sealed record PractitionerRegistration(string FullName, string Profession, string Institution, string RegionCode);
