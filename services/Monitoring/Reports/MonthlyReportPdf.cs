using Justice.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Justice.Monitoring.Reports;

/// <summary>
/// Renders the monthly monitoring report as an A4 PDF in the report's language: the national indicators against their
/// targets, their trends, the 28 regions, victims' feedback and the month's findings. Pure: the same report, the same pages.
/// </summary>
public static class MonthlyReportPdf
{
    private const double ChartGap = 15;
    private const double ChartHeight = 150;

    private static readonly XBrush Accent = new XSolidBrush(XColor.FromArgb(0x1F, 0x3A, 0x68));

    public static byte[] Render(MonthlyReport report)
    {
        var wording = ReportWording.For(report.Language);
        DocumentFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{wording.Title} — {wording.MonthName(report.Month)}";
        document.Info.Subject = wording.Programme;
        document.Options.CompressContentStreams = true;
        using (var canvas = new ReportCanvas(document, wording.Page))
        {
            Title(canvas, report, wording);
            Indicators(canvas, report, wording);
            Trends(canvas, report, wording);
            Regions(canvas, report, wording);
            Feedback(canvas, report, wording);
            Findings(canvas, report, wording);
        }
        using var pdf = new MemoryStream();
        document.Save(pdf);
        return pdf.ToArray();
    }

    private static void Title(ReportCanvas canvas, MonthlyReport report, ReportWording wording)
    {
        canvas.Paragraph(wording.Programme, ReportCanvas.Font(10), Accent);
        canvas.Space(4);
        canvas.Paragraph(wording.Title, ReportCanvas.Font(20, bold: true), Accent);
        canvas.Paragraph(wording.MonthName(report.Month), ReportCanvas.Font(14, bold: true));
        canvas.Space(2);
        canvas.Paragraph(string.Format(wording.Culture, wording.AsOf, report.AsOf.ToString("g", wording.Culture) + " UTC"),
            ReportCanvas.Font(8), XBrushes.Gray);
    }

    private static void Indicators(ReportCanvas canvas, MonthlyReport report, ReportWording wording)
    {
        Section(canvas, wording.NationalIndicators);
        var font = ReportCanvas.Font(9);
        var figure = (canvas.Width - 230) / 3;
        canvas.Row([new(wording.Indicator, 230), new(wording.Value, figure, true), new(wording.Target, figure, true),
            new(wording.PercentOfTarget, figure, true)], ReportCanvas.Font(9, bold: true), heading: true);
        foreach (var indicator in report.Indicators)
        {
            canvas.Row([new(indicator.Name, 230), new(wording.Number(indicator.Figure.Value, indicator.IsPercent), figure, true),
                new(wording.Number(indicator.Figure.Target, indicator.IsPercent), figure, true),
                new(wording.Number(indicator.Figure.PercentOfTarget, percent: true), figure, true)], font);
        }
    }

    /// <summary>Two charts a row, each under its indicator's name.</summary>
    private static void Trends(ReportCanvas canvas, MonthlyReport report, ReportWording wording)
    {
        Section(canvas, wording.Trends);
        canvas.Legend(TrendChart.Legend(wording), ReportCanvas.Font(8));
        canvas.Space(6);
        var width = (canvas.Width - ChartGap) / 2;
        var nameFont = ReportCanvas.Font(8.5, bold: true);
        for (var i = 0; i < report.Indicators.Count; i += 2)
        {
            var pair = report.Indicators.Skip(i).Take(2).ToList();
            canvas.Ensure(ChartHeight + 30);
            canvas.Row([.. pair.Select(indicator => new Cell(indicator.Name, width + ChartGap / 2))], nameFont);
            canvas.Space(2);
            for (var j = 0; j < pair.Count; j++)
            {
                canvas.Image(TrendChart.Png(pair[j], wording, (int)width, (int)ChartHeight), j * (width + ChartGap), width, ChartHeight);
            }
            canvas.Space(ChartHeight + 10);
        }
    }

    private static void Regions(ReportCanvas canvas, MonthlyReport report, ReportWording wording)
    {
        canvas.NewPage();
        Section(canvas, wording.Regions);
        const double name = 105;
        var figure = (canvas.Width - name) / report.RegionalIndicators.Count;
        var font = ReportCanvas.Font(7);
        canvas.Row([new(wording.Region, name), .. report.RegionalIndicators.Select(indicator => new Cell(indicator.Name, figure, true))],
            ReportCanvas.Font(7, bold: true), heading: true);
        var percent = report.RegionalIndicators.Select(column => column.IsPercent).ToList();
        foreach (var region in report.Regions)
        {
            canvas.Row([new($"{region.Code} {region.Name}", name), .. region.Figures.Select((f, i) => new Cell(
                $"{wording.Number(f.Value, percent[i])} / {wording.Number(f.Target, percent[i])} ({wording.Number(f.PercentOfTarget, percent: true)})",
                figure, true))], font);
        }
    }

    private static void Feedback(ReportCanvas canvas, MonthlyReport report, ReportWording wording)
    {
        Section(canvas, wording.Feedback);
        if (report.Feedback.Count == 0)
        {
            canvas.Paragraph(wording.NoFeedback, ReportCanvas.Font(9));
            return;
        }
        var column = (canvas.Width - 200) / 2;
        canvas.Row([new(wording.AgeGroupHeading, 200), new(wording.InMonth, column, true), new(wording.SinceStart, column, true)],
            ReportCanvas.Font(9, bold: true), heading: true);
        foreach (var group in report.Feedback)
        {
            canvas.Row([new(group.AgeGroup, 200), new(wording.Number(group.InMonth), column, true),
                new(wording.Number(group.Through), column, true)], ReportCanvas.Font(9));
        }
    }

    private static void Findings(ReportCanvas canvas, MonthlyReport report, ReportWording wording)
    {
        Section(canvas, wording.Findings);
        if (report.Findings.Count == 0)
        {
            canvas.Paragraph(wording.NoFindings, ReportCanvas.Font(9));
            return;
        }
        var text = ReportCanvas.Font(9);
        var label = ReportCanvas.Font(9, bold: true);
        foreach (var finding in report.Findings)
        {
            canvas.Ensure(60);
            canvas.Paragraph($"{finding.Kind} · {finding.Author} · {wording.Date(finding.Date)} · {finding.Region ?? wording.National}",
                ReportCanvas.Font(10, bold: true), Accent);
            canvas.Paragraph(wording.FindingsText, label);
            canvas.Paragraph(finding.Findings, text, indent: 8);
            if (finding.Recommendations.Length > 0)
            {
                canvas.Paragraph(wording.RecommendationsText, label);
                canvas.Paragraph(finding.Recommendations, text, indent: 8);
            }
            canvas.Space(10);
        }
    }

    private static void Section(ReportCanvas canvas, string title)
    {
        canvas.Space(14);
        canvas.Ensure(60);
        canvas.Paragraph(title, ReportCanvas.Font(13, bold: true), Accent);
        canvas.Space(4);
    }
}
