using PdfSharp.Fonts;

namespace Justice.Training.Certificates;

/// <summary>
/// Serves the DejaVu Sans faces embedded in this assembly to PDFsharp. Its Core build looks for no
/// system fonts on Linux, and a server or CI machine may have none; DejaVu Sans covers Cyrillic.
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly CertificateFonts Instance = new();

    // PDFsharp holds one resolver per process and refuses a different one once a font has been used,
    // so installation happens once, whichever certificate is rendered first and on whatever thread.
    private static readonly Lazy<CertificateFonts> Installation = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<byte[]> regular = new(() => Load(RegularFace));
    private readonly Lazy<byte[]> bold = new(() => Load(BoldFace));

    private CertificateFonts()
    {
    }

    public static void EnsureInstalled() => _ = Installation.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => regular.Value,
        BoldFace => bold.Value,
        _ => null,
    };

    private static CertificateFonts Install()
    {
        switch (GlobalFontSettings.FontResolver)
        {
            case null:
                GlobalFontSettings.FontResolver = Instance;
                return Instance;
            case CertificateFonts installed:
                return installed;
            case var other:
                // Replacing it would break whoever installed it, and PDFsharp would refuse anyway once
                // that resolver has served a font.
                throw new InvalidOperationException(
                    $"PDFsharp already uses the font resolver {other.GetType().FullName}; certificates need {typeof(CertificateFonts).FullName}.");
        }
    }

    private static byte[] Load(string faceName)
    {
        var resource = $"{typeof(CertificateFonts).Namespace}.Fonts.{faceName}.ttf";
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Justice.Training embeds no font {resource}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
