using System.Globalization;
using Justice.Contracts;

namespace Justice.Monitoring.Domain;

/// <summary>
/// The programme counts by calendar month in Bulgaria's time (Europe/Sofia): an event at 23:30 UTC on 31 May is
/// June's. A month is held as its first day.
/// </summary>
public static class ProgrammeMonth
{
    public static DateOnly Of(DateTimeOffset moment) => Of(ProgrammeTime.Day(moment));

    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>"2026-05".</summary>
    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Reads "2026-05"; false for anything else.</summary>
    public static bool TryParse(string? text, out DateOnly month)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            month = day;
            return true;
        }
        month = default;
        return false;
    }

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var month = Of(from); month <= to; month = month.AddMonths(1))
        {
            yield return month;
        }
    }
}
