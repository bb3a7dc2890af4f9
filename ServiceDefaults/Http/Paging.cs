using System.Globalization;

namespace Justice.ServiceDefaults.Http;

/// <summary>Page and page size from the query string, named in the errors when they are not whole numbers in range.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    public static int Parse(string? text, string field, int fallback, int max, ValidationErrors errors)
    {
        if (text is null)
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
        {
            errors.Add(field, $"Use a whole number from 1 to {max}.");
            return fallback;
        }
        return value;
    }
}
