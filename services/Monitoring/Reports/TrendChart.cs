using Justice.Monitoring.Domain;
using ScottPlot;

namespace Justice.Monitoring.Reports;

/// <summary>An indicator's twelve months drawn with ScottPlot as a PNG: bars for each month, a line for the value at its end.</summary>
internal static class TrendChart
{
    /// <summary>Drawn at twice the size it is shown, so it stays sharp when printed.</summary>
    public const int Scale = 2;

    public static byte[] Png(ReportIndicator indicator, ReportWording wording, int width, int height)
    {
        ChartFonts.EnsureInstalled();
        using var plot = new Plot();
        plot.Font.Set(ReportFonts.Family);
        plot.ScaleFactor = Scale;

        var positions = indicator.Trend.Select((_, i) => (double)i).ToArray();
        // A share's months are shares too, as comparable as its values; a count's months are what happened in each.
        var bars = plot.Add.Bars(positions, [.. indicator.Trend.Select(point => point.InMonth)]);
        bars.Color = Color.FromHex("#9DB4D3");
        bars.LegendText = wording.InMonth;
        var line = plot.Add.Scatter(positions, [.. indicator.Trend.Select(point => point.Value)]);
        line.Color = Color.FromHex("#1F3A68");
        line.LineWidth = 2;
        line.MarkerSize = 4;
        line.LegendText = wording.AtMonthEnd;
        var target = plot.Add.HorizontalLine(indicator.Figure.Target);
        target.Color = Color.FromHex("#C0392B");
        target.LinePattern = LinePattern.Dashed;
        target.LegendText = wording.Target;

        plot.Axes.Bottom.SetTicks(positions, [.. indicator.Trend.Select(point => Label(point, wording))]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9;
        plot.Axes.Left.TickLabelStyle.FontSize = 9;
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsY(0, Math.Max(1, Math.Max(indicator.Figure.Target, indicator.Trend.Max(Top))) * 1.1);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Legend.FontSize = 8;
        return plot.GetImageBytes(width * Scale, height * Scale, ImageFormat.Png);
    }

    private static double Top(MonthValue point) => Math.Max(point.InMonth, point.Value);

    private static string Label(MonthValue point, ReportWording wording) => point.Month.ToString("MM.yy", wording.Culture);
}
