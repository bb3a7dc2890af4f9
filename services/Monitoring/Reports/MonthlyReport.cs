using Justice.Monitoring.Domain;

namespace Justice.Monitoring.Reports;

/// <summary>
/// Everything the monthly monitoring report shows, already in its language: what <see cref="MonthlyReportPdf"/> draws,
/// and nothing it must look up.
/// </summary>
/// <param name="AsOf">When an event last changed the counts the report was made from.</param>
/// <param name="Regions">The 28 regions by code, each with the regional indicators in <see cref="RegionalIndicators"/>' order.</param>
public sealed record MonthlyReport(
    string Language,
    DateOnly Month,
    DateTimeOffset AsOf,
    IReadOnlyList<ReportIndicator> Indicators,
    IReadOnlyList<ReportColumn> RegionalIndicators,
    IReadOnlyList<ReportRegion> Regions,
    IReadOnlyList<ReportFeedback> Feedback,
    IReadOnlyList<ReportFinding> Findings);

/// <summary>A national indicator at the end of the month, and its trend over the twelve months ending with it.</summary>
public sealed record ReportIndicator(string Code, string Name, bool IsPercent, ReportFigure Figure, IReadOnlyList<MonthValue> Trend);

/// <param name="PercentOfTarget">Value / target × 100 to one decimal; 0 without a target.</param>
public sealed record ReportFigure(double Value, double Target, double PercentOfTarget)
{
    public static ReportFigure Of(double value, double target) =>
        new(value, target, target == 0 ? 0 : Math.Round(100 * value / target, 1, MidpointRounding.AwayFromZero));
}

/// <summary>A regional indicator, as the regions' table heads a column with it.</summary>
public sealed record ReportColumn(string Name, bool IsPercent);

public sealed record ReportRegion(string Code, string Name, IReadOnlyList<ReportFigure> Figures);

/// <summary>Victims' feedback received from one age group: in the month and since the programme began.</summary>
public sealed record ReportFeedback(string AgeGroup, long InMonth, long Through);

/// <param name="Kind">The kind, named in the report's language.</param>
/// <param name="Region">The region's name; null when national.</param>
public sealed record ReportFinding(string Kind, string Author, DateOnly Date, string? Region, string Findings, string Recommendations);
