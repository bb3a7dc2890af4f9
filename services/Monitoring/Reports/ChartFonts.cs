using Justice.Documents;
using ScottPlot;
using SkiaSharp;

namespace Justice.Monitoring.Reports;

/// <summary>
/// Gives ScottPlot the report's embedded DejaVu Sans under <see cref="DocumentFonts.Family"/>, so charts draw the same on a
/// server with no fonts installed as on a desktop.
/// </summary>
internal sealed class ChartFonts : IFontResolver
{
    private static readonly Lazy<SKTypeface> Regular = new(() => SKTypeface.FromData(SKData.CreateCopy(DocumentFonts.Face(bold: false))));
    private static readonly Lazy<SKTypeface> Bold = new(() => SKTypeface.FromData(SKData.CreateCopy(DocumentFonts.Face(bold: true))));

    // ScottPlot's resolver list is process-wide and not synchronized: added to once, before the first chart.
    private static readonly Lazy<bool> Installation = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new ChartFonts());
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private ChartFonts()
    {
    }

    public static void EnsureInstalled() => _ = Installation.Value;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, italic: false);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, DocumentFonts.Family, StringComparison.OrdinalIgnoreCase) ? (bold ? Bold.Value : Regular.Value) : null;
}
