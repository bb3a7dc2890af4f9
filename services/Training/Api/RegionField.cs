using Justice.Contracts;
using Justice.Api;

namespace Justice.Training.Api;

/// <summary>A judicial region code in a request, normalised (e.g. "bg-5" is not, "bg-05" becomes "BG-05").</summary>
public static class RegionField
{
    private const string Shape = "Use an ISO 3166-2:BG code such as BG-05.";

    /// <summary>An optional filter: null when absent; named in the errors when malformed.</summary>
    public static string? Optional(string? value, string field, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }
        var code = JudicialRegionCode.Normalize(value);
        if (!JudicialRegionCode.IsWellFormed(code))
        {
            errors.Add(field, Shape);
            return null;
        }
        return code;
    }

    /// <summary>A required region: named in the errors when absent or malformed.</summary>
    public static string? Required(string? value, string field, ValidationErrors errors) =>
        errors.RequireText(field, value, 5) is { } text ? Optional(text, field, errors) : null;
}
