using Justice.Documents;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Justice.Training.Certificates;

/// <summary>Renders a certificate as a one-page A4 landscape PDF, in the certificate's language.</summary>
public static class CertificatePdf
{
    /// <summary>Level M survives a worn or folded paper certificate and keeps the code small.</summary>
    public const QRCodeGenerator.ECCLevel QrErrorCorrection = QRCodeGenerator.ECCLevel.M;

    public static byte[] Render(CertificateContent content)
    {
        var wording = CertificateWording.For(content.Language);
        var code = VerificationCodes.Display(content.VerificationCode);
        DocumentFonts.EnsureInstalled();

        using var document = new PdfDocument();
        document.Info.Title = wording.Line(wording.NumberLine, content.Number);
        document.Options.CompressContentStreams = true;
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            new CertificateLayout(graphics, page.Width.Point, page.Height.Point).Draw(content, wording, code);
        }
        using var pdf = new MemoryStream();
        document.Save(pdf);
        return pdf.ToArray();
    }
}
