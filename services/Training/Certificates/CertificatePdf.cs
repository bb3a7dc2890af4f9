using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Justice.Training.Certificates;

/// <summary>What a certificate shows, in the holder's language.</summary>
public sealed record CertificateContent(
    string Number, string VerificationCode, string HolderName, string TrainingTitle, string RegionName,
    DateOnly CompletedOn, string Language, Uri VerificationUrl);

/// <summary>
/// Renders a certificate as a one-page A4 landscape PDF, with a QR code pointing at the public
/// verification address. Text stays text (not pictures), so it can be read back and searched.
/// </summary>
public static class CertificatePdf
{
    private sealed record Labels(string Title, string Programme, string AwardedTo, string ForCompleting, string Region, string Date,
        string Number, string Code, string Verify);

    private static readonly Dictionary<string, Labels> ByLanguage = new(StringComparer.Ordinal)
    {
        ["bg"] = new("Удостоверение за завършено обучение", "Правосъдие, приятел на детето", "Удостоверява се, че",
            "завърши обучението", "Съдебен район", "Дата", "Номер", "Код за проверка", "Проверка на"),
        ["en"] = new("Certificate of completion", "Justice befriends the child", "This certifies that",
            "has completed the training", "Judicial region", "Date", "Number", "Verification code", "Verify at"),
        ["fr"] = new("Attestation de formation", "La justice amie de l'enfant", "Il est attesté que",
            "a suivi la formation", "Région judiciaire", "Date", "Numéro", "Code de vérification", "Vérifier sur"),
    };

    public static byte[] Render(CertificateContent content)
    {
        if (!ByLanguage.TryGetValue(content.Language, out var labels))
        {
            throw new ArgumentException($"No certificate texts in '{content.Language}'; use bg, en or fr.", nameof(content));
        }
        CertificateFonts.EnsureInstalled();

        using var document = new PdfDocument();
        document.Info.Title = $"{labels.Title} {content.Number}";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, page.Width.Point, page.Height.Point, content, labels);
        }
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static void Draw(XGraphics gfx, double width, double height, CertificateContent content, Labels labels)
    {
        var options = new XPdfFontOptions(PdfFontEncoding.Unicode);
        XFont Font(double size, bool bold = false) =>
            new(CertificateFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, options);
        var navy = new XSolidBrush(XColor.FromArgb(0x1F, 0x3A, 0x68));
        void Centered(string text, XFont font, XBrush brush, double top) =>
            gfx.DrawString(text, font, brush, new XRect(60, top, width - 120, font.Size * 1.4), XStringFormats.TopCenter);

        gfx.DrawRectangle(new XPen(navy.Color, 3), 28, 28, width - 56, height - 56);
        Centered(labels.Programme, Font(16), navy, 60);
        Centered(labels.Title, Font(28, bold: true), navy, 95);
        Centered(labels.AwardedTo, Font(14), XBrushes.Black, 160);
        Centered(content.HolderName, Font(26, bold: true), XBrushes.Black, 190);
        Centered(labels.ForCompleting, Font(14), XBrushes.Black, 245);
        Centered(content.TrainingTitle, Font(18, bold: true), XBrushes.Black, 272);

        var culture = CultureInfo.GetCultureInfo(content.Language);
        var details = new List<string>
        {
            $"{labels.Date}: {content.CompletedOn.ToString("D", culture)}",
            $"{labels.Number}: {content.Number}",
            $"{labels.Code}: {content.VerificationCode}",
            $"{labels.Verify}: {content.VerificationUrl}",
        };
        if (content.RegionName.Length > 0)
        {
            details.Insert(0, $"{labels.Region}: {content.RegionName}");
        }
        var top = height - 80 - (details.Count * 18);
        foreach (var line in details)
        {
            gfx.DrawString(line, Font(11), XBrushes.Black, new XRect(60, top, width - 300, 16), XStringFormats.TopLeft);
            top += 18;
        }

        DrawQrCode(gfx, content.VerificationUrl, x: width - 60 - 130, y: height - 60 - 130, size: 130);
    }

    /// <summary>The QR code as vector squares, one per dark module: sharp at any zoom, no image library needed.</summary>
    private static void DrawQrCode(XGraphics gfx, Uri url, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url.ToString(), QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var module = size / modules.Count;
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (modules[row][column])
                {
                    gfx.DrawRectangle(XBrushes.Black, x + (column * module), y + (row * module), module, module);
                }
            }
        }
    }

    /// <summary>How many dark modules the QR code of <paramref name="url"/> has (what a reader of the PDF should find).</summary>
    public static int DarkModules(Uri url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url.ToString(), QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Sum(row => row.Cast<bool>().Count(dark => dark));
    }
}
