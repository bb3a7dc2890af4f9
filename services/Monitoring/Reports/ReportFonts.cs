using PdfSharp.Fonts;

namespace Justice.Monitoring.Reports;

/// <summary>
/// Serves the DejaVu Sans faces embedded in this assembly to PDFsharp (its Core build looks for no system fonts on
/// Linux, and a server may have none; DejaVu Sans covers Cyrillic). The same files as Training's certificates.
/// </summary>
internal sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lazy<byte[]> Regular = new(() => Load(RegularFace));
    private static readonly Lazy<byte[]> Bold = new(() => Load(BoldFace));

    // PDFsharp holds one resolver per process and refuses another once a font has been used: installed once.
    private static readonly Lazy<ReportFonts> Installation = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private ReportFonts()
    {
    }

    public static void EnsureInstalled() => _ = Installation.Value;

    /// <summary>The font file of the regular or bold face.</summary>
    public static byte[] Face(bool bold) => bold ? Bold.Value : Regular.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => null,
    };

    private static ReportFonts Install()
    {
        switch (GlobalFontSettings.FontResolver)
        {
            case null:
                var fonts = new ReportFonts();
                GlobalFontSettings.FontResolver = fonts;
                return fonts;
            case ReportFonts installed:
                return installed;
            case var other:
                throw new InvalidOperationException(
                    $"PDFsharp already uses the font resolver {other.GetType().FullName}; reports need {typeof(ReportFonts).FullName}.");
        }
    }

    private static byte[] Load(string faceName)
    {
        var resource = $"{typeof(ReportFonts).Namespace}.Fonts.{faceName}.ttf";
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Justice.Monitoring embeds no font {resource}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
