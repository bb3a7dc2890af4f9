using Justice.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Justice.Training.Certificates;

/// <summary>Where each text of a certificate goes on the landscape page, in points from the top left.</summary>
internal sealed class CertificateLayout(XGraphics graphics, double width, double height)
{
    private const double Margin = 28;
    private const double QrSize = 118;

    private static readonly XColor Accent = XColor.FromArgb(0x1F, 0x3A, 0x68);
    private static readonly XBrush AccentBrush = new XSolidBrush(Accent);

    // Unicode encoding writes the glyphs with a ToUnicode map, so Cyrillic names can be searched and copied.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private double TextWidth => width - 4 * Margin;

    public void Draw(CertificateContent content, CertificateWording wording, string code)
    {
        DrawFrame();
        Centered(wording.Programme, 16, bold: true, AccentBrush, y: 88);
        Centered(wording.Title, 30, bold: true, AccentBrush, y: 150);
        Centered(wording.AwardedTo, 14, bold: false, XBrushes.Black, y: 200);
        Centered(content.HolderName, 28, bold: true, XBrushes.Black, y: 248);
        Centered(wording.ForTraining, 14, bold: false, XBrushes.Black, y: 292);
        Centered(content.TrainingTitle, 18, bold: true, XBrushes.Black, y: 326);
        Centered(wording.Line(wording.RegionLine, content.RegionName), 13, bold: false, XBrushes.Black, y: 370);
        Centered(wording.Line(wording.CompletedLine, wording.Date(content.CompletedOn)), 13, bold: false, XBrushes.Black, y: 392);

        var qr = new XRect(width - 2 * Margin - QrSize, height - 2 * Margin - QrSize, QrSize, QrSize);
        CertificateQrCode.Draw(graphics, content.VerificationUrl, qr);

        var left = 2 * Margin + 8;
        var footerWidth = qr.Left - left - Margin;
        Left(wording.Line(wording.NumberLine, content.Number), 12, bold: true, left, height - 2 * Margin - 52, footerWidth);
        Left(wording.Line(wording.CodeLine, code), 12, bold: false, left, height - 2 * Margin - 32, footerWidth);
        Left(wording.Line(wording.VerifyLine, content.VerificationUrl.AbsoluteUri), 10, bold: false, left, height - 2 * Margin - 12, footerWidth);
    }

    private void DrawFrame()
    {
        graphics.DrawRectangle(new XPen(Accent, 2.5), Margin, Margin, width - 2 * Margin, height - 2 * Margin);
        graphics.DrawRectangle(new XPen(Accent, 0.75), Margin + 6, Margin + 6, width - 2 * Margin - 12, height - 2 * Margin - 12);
    }

    private void Centered(string text, double size, bool bold, XBrush brush, double y) =>
        graphics.DrawString(text, Fit(text, size, bold, TextWidth), brush, width / 2, y, XStringFormats.BaseLineCenter);

    private void Left(string text, double size, bool bold, double x, double y, double maxWidth) =>
        graphics.DrawString(text, Fit(text, size, bold, maxWidth), XBrushes.Black, x, y, XStringFormats.BaseLineLeft);

    /// <summary>Long names, titles and links shrink to fit one line rather than run off the page.</summary>
    private XFont Fit(string text, double size, bool bold, double maxWidth)
    {
        var font = Font(size, bold);
        var measured = graphics.MeasureString(text, font).Width;
        return measured <= maxWidth ? font : Font(size * maxWidth / measured, bold);
    }

    private static XFont Font(double size, bool bold) =>
        new(DocumentFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
