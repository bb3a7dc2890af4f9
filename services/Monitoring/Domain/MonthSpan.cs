namespace Justice.Monitoring.Domain;

/// <summary>The months a time series covers, as its callers ask for them (gRPC and REST alike).</summary>
public sealed record MonthSpan(DateOnly From, DateOnly To)
{
    /// <summary>The longest series one call may ask for: ten years.</summary>
    public const int MaxMonths = 120;

    /// <summary>
    /// Reads "2026-01" to "2026-12". An absent end is <paramref name="thisMonth"/>, an absent start eleven months before
    /// the end (a year). On a bad value, the field it is in and why.
    /// </summary>
    public static (MonthSpan? Span, string? Field, string? Error) Read(string? from, string? to, DateOnly thisMonth)
    {
        if (!TryRead(to, thisMonth, out var last))
        {
            return (null, "to", "to must be a month like 2026-05.");
        }
        if (!TryRead(from, last.AddMonths(-11), out var first))
        {
            return (null, "from", "from must be a month like 2026-05.");
        }
        if (last < first)
        {
            return (null, "to", "to must not be before from.");
        }
        return (last.Year - first.Year) * 12 + last.Month - first.Month + 1 > MaxMonths
            ? (null, "from", $"A series spans at most {MaxMonths} months.")
            : (new MonthSpan(first, last), null, null);
    }

    private static bool TryRead(string? text, DateOnly absent, out DateOnly month)
    {
        month = absent;
        return string.IsNullOrWhiteSpace(text) || ProgrammeMonth.TryParse(text, out month);
    }
}
