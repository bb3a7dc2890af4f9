using PdfSharp.Drawing;
using QRCoder;

namespace Justice.Training.Certificates;

/// <summary>
/// The verification link as a QR code, drawn as vector squares: it stays sharp when printed, and needs
/// no bitmap library (System.Drawing does not run on Linux).
/// </summary>
internal static class CertificateQrCode
{
    public static void Draw(XGraphics graphics, Uri url, XRect area) =>
        graphics.DrawRectangles(XBrushes.Black, Squares(url, area));

    /// <summary>The dark modules as squares; QRCoder's matrix includes the quiet zone, so the code keeps its margin.</summary>
    private static XRect[] Squares(Uri url, XRect area)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url.AbsoluteUri, CertificatePdf.QrErrorCorrection);
        var matrix = data.ModuleMatrix;
        var module = Math.Min(area.Width, area.Height) / matrix.Count;
        return [.. from row in Enumerable.Range(0, matrix.Count)
            from column in Enumerable.Range(0, matrix.Count)
            where matrix[row][column]
            select new XRect(area.X + column * module, area.Y + row * module, module, module)];
    }
}
