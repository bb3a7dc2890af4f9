extern alias MonitoringService;

using MonitoringService::Justice.Monitoring.Domain;
using MonitoringService::Justice.Monitoring.Reports;

namespace Justice.Monitoring.Tests.Reports;

/// <summary>What the report of a month holds: the figures at the month's end, its trends, feedback and findings.</summary>
public sealed class MonthlyReportBuilderTests
{
    private static readonly DateOnly May = new(2026, 5, 1);

    [Fact]
    public void Figures_are_those_at_the_end_of_the_month_not_later_ones()
    {
        var report = MonthlyReportBuilder.Build(MonthlyReportPdfTests.Counts(), May, "en", []);

        var trained = report.Indicators.Single(i => i.Code == IndicatorCatalog.PractitionersTrained.Code);
        Assert.Equal(new ReportFigure(15, 980, 1.5), trained.Figure);
        var cooperation = report.Indicators.Single(i => i.Code == IndicatorCatalog.EffectiveCooperation.Code);
        Assert.True(cooperation.IsPercent);
        Assert.Equal(new ReportFigure(75, 75, 100), cooperation.Figure);
        var burgas = report.Regions.Single(r => r.Code == "BG-02");
        Assert.Equal("Burgas", burgas.Name);
        Assert.Equal(15, burgas.Figures[0].Value);
        Assert.Equal(28, report.Regions.Count);
        Assert.Equal(5, report.RegionalIndicators.Count);
    }

    [Fact]
    public void Each_trend_spans_the_twelve_months_ending_with_the_reports()
    {
        var report = MonthlyReportBuilder.Build(MonthlyReportPdfTests.Counts(), May, "en", []);

        Assert.All(report.Indicators, indicator =>
        {
            Assert.Equal(12, indicator.Trend.Count);
            Assert.Equal(new DateOnly(2025, 6, 1), indicator.Trend[0].Month);
            Assert.Equal(May, indicator.Trend[^1].Month);
        });
        var trained = report.Indicators.Single(i => i.Code == IndicatorCatalog.PractitionersTrained.Code).Trend;
        Assert.Equal([12, 3], trained.Where(p => p.InMonth > 0).Select(p => p.InMonth));
    }

    [Fact]
    public void Feedback_is_counted_by_age_group_in_the_month_and_since_the_start()
    {
        var report = MonthlyReportBuilder.Build(MonthlyReportPdfTests.Counts(), May, "bg", []);

        Assert.Equal([new ReportFeedback("Деца", 2, 2), new ReportFeedback("Възрастни", 0, 1)], report.Feedback);
    }

    [Fact]
    public void Only_the_months_findings_are_reported_by_date_with_their_region_named()
    {
        var april = MonthlyReportPdfTests.Finding(May.AddMonths(-1), "April's", "Earlier.");
        var may = MonthlyReportPdfTests.Finding(May, "May's", "Now.");
        may.RegionCode = "BG-02";

        var report = MonthlyReportBuilder.Build(MonthlyReportPdfTests.Counts(), May, "fr", [april, may]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("May's", "Évaluation externe", "Bourgas"), (finding.Author, finding.Kind, finding.Region));
    }
}
