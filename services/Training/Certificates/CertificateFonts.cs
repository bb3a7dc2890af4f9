using PdfSharp.Fonts;

namespace Justice.Training.Certificates;

/// <summary>
/// Serves the embedded DejaVu Sans to PDFsharp: it covers Cyrillic and Latin, and needs no fonts on the
/// machine. PDFsharp takes one resolver per process, set once before the first document.
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lazy<bool> Installed = new(() =>
    {
        if (GlobalFontSettings.FontResolver is not CertificateFonts)
        {
            GlobalFontSettings.FontResolver = new CertificateFonts();
        }
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureInstalled() => _ = Installed.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo(bold ? Bold : Regular) : null;

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream($"certificate-fonts/{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
