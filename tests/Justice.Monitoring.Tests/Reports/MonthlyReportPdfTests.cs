extern alias MonitoringService;

using MonitoringService::Justice.Monitoring.Data;
using MonitoringService::Justice.Monitoring.Domain;
using MonitoringService::Justice.Monitoring.Reports;
using UglyToad.PdfPig;

namespace Justice.Monitoring.Tests.Reports;

/// <summary>The monthly report's PDF, rendered from a report built in memory and read back with PdfPig.</summary>
public sealed class MonthlyReportPdfTests
{
    private static readonly DateOnly May = new(2026, 5, 1);

    public static TheoryData<string, string, string> Languages => new()
    {
        { "bg", "Месечен доклад за мониторинг", "май 2026" },
        { "en", "Monthly monitoring report", "May 2026" },
        { "fr", "Rapport mensuel de suivi", "mai 2026" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_report_names_every_indicator_in_its_language(string language, string title, string month)
    {
        var text = PdfText.Compact(MonthlyReportPdf.Render(MonthlyReportBuilder.Build(Counts(), May, language, [])));

        PdfText.AssertHolds(text, title);
        PdfText.AssertHolds(text, month);
        Assert.All(IndicatorCatalog.All, indicator => PdfText.AssertHolds(text, indicator.Name.In(language)));
        Assert.All(JudicialRegions.All, region => PdfText.AssertHolds(text, $"{region.Code} {region.Name.In(language)}"));
    }

    [Fact]
    public void Each_indicator_has_its_chart()
    {
        using var document = PdfDocument.Open(MonthlyReportPdf.Render(MonthlyReportBuilder.Build(Counts(), May, "en", [])));

        Assert.Equal(IndicatorCatalog.All.Count, document.GetPages().Sum(page => page.GetImages().Count()));
    }

    [Fact]
    public void The_months_findings_are_in_the_report_in_Cyrillic()
    {
        var finding = Finding(May, "Фондация „Международна оценка“", "Екипите в Бургас заседават редовно.");

        var text = PdfText.Compact(MonthlyReportPdf.Render(MonthlyReportBuilder.Build(Counts(), May, "bg", [finding])));

        PdfText.AssertHolds(text, "Външна оценка");
        PdfText.AssertHolds(text, finding.Author);
        PdfText.AssertHolds(text, finding.Findings);
        PdfText.AssertHolds(text, finding.Recommendations);
        Assert.DoesNotContain(PdfText.Squeeze("Няма констатации за този месец."), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_finding_runs_on_over_pages_and_stays_inside_the_margins()
    {
        // 505 words of 5 to 8 characters and a space: just under the most a finding may say.
        var words = string.Join(' ', Enumerable.Range(0, 505).Select(i => $"дума{i}"));
        Assert.InRange(words.Length, EvaluationFinding.MaxTextLength - 200, EvaluationFinding.MaxTextLength);
        var finding = Finding(May, "Evaluator", words);

        var pdf = MonthlyReportPdf.Render(MonthlyReportBuilder.Build(Counts(), May, "bg", [finding, finding, finding]));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 5, $"{document.NumberOfPages} pages");
        Assert.All(document.GetPages(), page => Assert.All(page.Letters, letter =>
        {
            Assert.InRange(letter.BoundingBox.Left, 40, page.Width - 40);
            Assert.InRange(letter.BoundingBox.Right, 40, page.Width - 40);
            Assert.InRange(letter.BoundingBox.Bottom, 30, page.Height - 40);
        }));
        PdfText.AssertHolds(PdfText.Compact(pdf), "дума504");
    }

    [Fact]
    public void Without_findings_or_feedback_the_report_says_so()
    {
        var text = PdfText.Compact(MonthlyReportPdf.Render(MonthlyReportBuilder.Build(CountsSnapshot.Empty, May, "fr", [])));

        PdfText.AssertHolds(text, "Aucun constat pour ce mois.");
        PdfText.AssertHolds(text, "Aucun retour reçu.");
    }

    internal static CountsSnapshot Counts() => CountsSnapshot.Build(
    [
        new("BG-02", new DateOnly(2026, 3, 1), Measures.PractitionersTrained, "psychologist", 12),
        new("BG-02", May, Measures.PractitionersTrained, "judge", 3),
        new("BG-02", May, Measures.PractitionersRegistered, "judge", 40),
        new("BG-02", May, Measures.CasesClosed, "", 4),
        new("BG-02", May, Measures.CasesEffective, "", 3),
        new("", May, Measures.DecisionMakersTrained, "ministry-of-justice", 5),
        new("BG-22", May, Measures.FeedbackReceived, "child", 2),
        new("BG-22", new DateOnly(2026, 4, 1), Measures.FeedbackReceived, "adult", 1),
        // After the report's month: not in it.
        new("BG-02", new DateOnly(2026, 6, 1), Measures.PractitionersTrained, "judge", 100),
    ], new DateTimeOffset(2026, 6, 2, 8, 0, 0, TimeSpan.Zero));

    internal static EvaluationFinding Finding(DateOnly month, string author, string findings) => new()
    {
        Id = Guid.NewGuid(),
        Kind = FindingKinds.ExternalEvaluation,
        Author = author,
        Date = month.AddDays(20),
        Month = month,
        Findings = findings,
        Recommendations = "Да се разшири обучението на съдиите.",
        RecordedBy = "test",
        RecordedAt = DateTimeOffset.UtcNow,
    };
}
