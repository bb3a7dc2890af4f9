using Justice.Documents;
using Justice.Monitoring.Domain;
using ScottPlot;

namespace Justice.Monitoring.Reports;

/// <summary>An indicator's twelve months drawn with ScottPlot as a PNG: bars for each month, a line for the value at its end.</summary>
internal static class TrendChart
{
    public const string BarColor = "#9DB4D3";
    public const string LineColor = "#1F3A68";
    public const string TargetColor = "#C0392B";

    /// <summary>What the bars, the line and the dashes mean, with their colours (RGB), in the report's language.</summary>
    public static IReadOnlyList<(string Symbol, string Color, string Text)> Legend(ReportWording wording) =>
        [("■", BarColor, wording.InMonth), ("●", LineColor, wording.AtMonthEnd), ("– –", TargetColor, wording.Target)];

    /// <summary>Drawn at twice the size it is shown, so it stays sharp when printed.</summary>
    public const int Scale = 2;

    public static byte[] Png(ReportIndicator indicator, ReportWording wording, int width, int height)
    {
        ChartFonts.EnsureInstalled();
        using var plot = new Plot();
        plot.Font.Set(DocumentFonts.Family);
        plot.ScaleFactor = Scale;

        var positions = indicator.Trend.Select((_, i) => (double)i).ToArray();
        // A share's months are shares too, as comparable as its values; a count's months are what happened in each.
        var bars = plot.Add.Bars(positions, [.. indicator.Trend.Select(point => point.InMonth)]);
        bars.Color = Color.FromHex(BarColor);
        var line = plot.Add.Scatter(positions, [.. indicator.Trend.Select(point => point.Value)]);
        line.Color = Color.FromHex(LineColor);
        line.LineWidth = 2;
        line.MarkerSize = 4;
        var target = plot.Add.HorizontalLine(indicator.Figure.Target);
        target.Color = Color.FromHex(TargetColor);
        target.LinePattern = LinePattern.Dashed;

        // Every other month is labelled: twelve labels do not fit half a page's width.
        plot.Axes.Bottom.SetTicks(positions, [.. indicator.Trend.Select((point, i) => (indicator.Trend.Count - 1 - i) % 2 == 0 ? Label(point, wording) : "")]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 8;
        plot.Axes.Left.TickLabelStyle.FontSize = 8;
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsY(0, Math.Max(1, Math.Max(indicator.Figure.Target, indicator.Trend.Max(Top))) * 1.1);
        // No legend here: the report explains the three marks once, above the charts (see Legend).
        return plot.GetImageBytes(width * Scale, height * Scale, ImageFormat.Png);
    }

    private static double Top(MonthValue point) => Math.Max(point.InMonth, point.Value);

    private static string Label(MonthValue point, ReportWording wording) => point.Month.ToString("MM.yy", wording.Culture);
}
