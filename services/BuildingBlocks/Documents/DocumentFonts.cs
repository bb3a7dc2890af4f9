using PdfSharp.Fonts;

namespace Justice.Documents;

/// <summary>
/// Serves the DejaVu Sans faces embedded in this assembly to PDFsharp, for every document a service renders
/// (certificates, reports). PDFsharp's Core build looks for no system fonts on Linux, and a server or CI machine may
/// have none; DejaVu Sans covers Cyrillic.
/// </summary>
public sealed class DocumentFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lazy<byte[]> Regular = new(() => Load(RegularFace));
    private static readonly Lazy<byte[]> Bold = new(() => Load(BoldFace));

    // PDFsharp holds one resolver per process and refuses a different one once a font has been used,
    // so installation happens once, whichever document is rendered first and on whatever thread.
    private static readonly Lazy<DocumentFonts> Installation = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private DocumentFonts()
    {
    }

    public static void EnsureInstalled() => _ = Installation.Value;

    /// <summary>The font file of the regular or bold face (for another renderer, such as a chart library).</summary>
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

    private static DocumentFonts Install()
    {
        switch (GlobalFontSettings.FontResolver)
        {
            case null:
                var fonts = new DocumentFonts();
                GlobalFontSettings.FontResolver = fonts;
                return fonts;
            case DocumentFonts installed:
                return installed;
            case var other:
                // Replacing it would break whoever installed it, and PDFsharp would refuse anyway once
                // that resolver has served a font.
                throw new InvalidOperationException(
                    $"PDFsharp already uses the font resolver {other.GetType().FullName}; documents need {typeof(DocumentFonts).FullName}.");
        }
    }

    private static byte[] Load(string faceName)
    {
        var resource = $"{typeof(DocumentFonts).Namespace}.Fonts.{faceName}.ttf";
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Justice.Documents embeds no font {resource}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
