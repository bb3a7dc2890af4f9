using System.Globalization;
using FluentValidation;
using Justice.Api;
using Justice.Contracts;
using Justice.ServiceDefaults.Http;

namespace Justice.Assessment.Api.Feedback;

/// <summary>Which answers a summary covers (<c>?region=BG-05&amp;from=2026-01&amp;to=2026-06</c>): months are inclusive.</summary>
public sealed record SummaryQuery(string? Region = null, string? From = null, string? To = null)
{
    public string? RegionCode => Region is null ? null : JudicialRegionCode.Normalize(Region);
    public DateOnly? FromMonth => ParseMonth(From);
    public DateOnly? ToMonth => ParseMonth(To);

    internal static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}

public sealed class SummaryQueryValidator : RequestValidator<SummaryQuery>
{
    public SummaryQueryValidator()
    {
        RuleFor(q => q.Region).RegionCode();
        RuleFor(q => q.From).Must(text => text is null || SummaryQuery.ParseMonth(text) is not null).WithMessage(_ => MonthFormat());
        RuleFor(q => q.To).Must(text => text is null || SummaryQuery.ParseMonth(text) is not null).WithMessage(_ => MonthFormat())
            .Must((query, _) => query.FromMonth is not { } from || query.ToMonth is not { } to || from <= to)
            .WithMessage(_ => ReaderLanguage.Pick("Краят е преди началото.", "The end is before the start.", "La fin précède le début."));
    }

    private static string MonthFormat() =>
        ReaderLanguage.Pick("Използвайте месец във вида ГГГГ-ММ, например 2026-03.", "Use a month as YYYY-MM, e.g. 2026-03.",
            "Utilisez un mois au format AAAA-MM, par exemple 2026-03.");
}
