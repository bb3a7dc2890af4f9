using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;
using Justice.Monitoring.ReadModel;

namespace Justice.Monitoring.Reports;

/// <summary>The report of a month from a snapshot of the counts and the month's findings: figures at the month's end.</summary>
public static class MonthlyReportBuilder
{
    public const int TrendMonths = 12;

    public static MonthlyReport Build(CountsSnapshot counts, DateOnly month, string language, IEnumerable<EvaluationFinding> findings)
    {
        month = ProgrammeMonth.Of(month);
        var wording = ReportWording.For(language);
        var regional = IndicatorCatalog.All.Where(definition => !definition.NationalOnly).ToList();
        return new MonthlyReport(
            language,
            month,
            counts.AsOf,
            [.. IndicatorCatalog.All.Select(definition => National(counts, definition, month, language))],
            [.. regional.Select(definition => new ReportColumn(definition.Name.In(language), definition.Unit == IndicatorUnit.Percent))],
            [
                .. JudicialRegions.All.Select(region => new ReportRegion(region.Code, region.Name.In(language),
                    [.. regional.Select(definition => ReportFigure.Of(AtEndOf(definition, counts.Region(region.Code), month),
                        IndicatorQueries.Target(counts, definition, region.Code)))])),
            ],
            Feedback(counts.National, month, wording),
            [
                .. findings.Where(f => f.Month == month).OrderBy(f => f.Date).ThenBy(f => f.Id)
                    .Select(f => new ReportFinding(wording.Kind(f.Kind), f.Author, f.Date,
                        f.RegionCode is { } code && JudicialRegions.Exists(code) ? JudicialRegions.NameOf(code).In(language) : null,
                        f.Findings, f.Recommendations)),
            ]);
    }

    private static ReportIndicator National(CountsSnapshot counts, IndicatorDefinition definition, DateOnly month, string language)
    {
        var trend = IndicatorCalculator.Series(definition, counts.National, month.AddMonths(1 - TrendMonths), month);
        return new ReportIndicator(definition.Code, definition.Name.In(language), definition.Unit == IndicatorUnit.Percent,
            ReportFigure.Of(trend[^1].Value, definition.NationalTarget), trend);
    }

    private static double AtEndOf(IndicatorDefinition definition, ScopeCounts scope, DateOnly month) =>
        IndicatorCalculator.Series(definition, scope, month, month)[0].Value;

    /// <summary>Each age group heard from by the month's end, children first.</summary>
    private static IReadOnlyList<ReportFeedback> Feedback(ScopeCounts nation, DateOnly month, ReportWording wording)
    {
        var inMonth = nation.ByDimensionIn(Measures.FeedbackReceived, month);
        var through = nation.ByDimensionThrough(Measures.FeedbackReceived, month);
        return
        [
            .. through.Keys.OrderBy(group => group == "child" ? 0 : group == "adult" ? 1 : 2).ThenBy(group => group, StringComparer.Ordinal)
                .Select(group => new ReportFeedback(wording.AgeGroup(group), inMonth.GetValueOrDefault(group), through[group])),
        ];
    }
}
