using System.Globalization;

namespace Justice.Api;

/// <summary>Page and page size from the query string, named in the errors when they are not whole numbers in range.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    /// <summary>The page asked for by <c>page</c> and <c>pageSize</c>; a bad value is named in the errors.</summary>
    public static PageRequest Request(string? page, string? pageSize, ValidationErrors errors) =>
        new(Parse(page, "page", 1, int.MaxValue, errors), Parse(pageSize, "pageSize", DefaultPageSize, MaxPageSize, errors));

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

/// <summary>A page of a list: its number (from 1) and size.</summary>
public readonly record struct PageRequest(int Number, int Size)
{
    /// <summary>How many items come before this page; capped, so a huge page number finds an empty page.</summary>
    public int Offset => (int)Math.Min((long)(Number - 1) * Size, int.MaxValue);

    public PagedList<T> Of<T>(IReadOnlyList<T> items, int total) => new(items, Number, Size, total);
}
