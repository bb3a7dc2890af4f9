using Justice.Contracts;

namespace Justice.Monitoring.Domain;

/// <summary>The months a time series covers, as its callers ask for them (gRPC and REST alike).</summary>
public sealed record MonthSpan(DateOnly From, DateOnly To)
{
    /// <summary>The longest series one call may ask for: ten years.</summary>
    public const int MaxMonths = 120;

    /// <summary>
    /// Reads "2026-01" to "2026-12". An absent end is <paramref name="thisMonth"/>, an absent start eleven months before
    /// the end (a year). On a bad value, the field it is in and why (in the three languages: a person reads it over REST,
    /// a program in English over gRPC).
    /// </summary>
    public static (MonthSpan? Span, string? Field, LocalizedText? Error) Read(string? from, string? to, DateOnly thisMonth)
    {
        if (!TryRead(to, thisMonth, out var last))
        {
            return (null, "to", NotAMonth("to"));
        }
        if (!TryRead(from, last.AddMonths(-11), out var first))
        {
            return (null, "from", NotAMonth("from"));
        }
        if (last < first)
        {
            return (null, "to", new("to не може да е преди from.", "to must not be before from.", "to ne peut pas précéder from."));
        }
        return (last.Year - first.Year) * 12 + last.Month - first.Month + 1 > MaxMonths
            ? (null, "from", new($"Една поредица обхваща най-много {MaxMonths} месеца.", $"A series spans at most {MaxMonths} months.",
                $"Une série couvre au plus {MaxMonths} mois."))
            : (new MonthSpan(first, last), null, null);
    }

    private static LocalizedText NotAMonth(string field) =>
        new($"{field} трябва да е месец като 2026-05.", $"{field} must be a month like 2026-05.",
            $"{field} doit être un mois comme 2026-05.");

    private static bool TryRead(string? text, DateOnly absent, out DateOnly month)
    {
        month = absent;
        return string.IsNullOrWhiteSpace(text) || ProgrammeMonth.TryParse(text, out month);
    }
}
