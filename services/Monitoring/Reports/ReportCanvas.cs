using Justice.Documents;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Justice.Monitoring.Reports;

/// <summary>A cell of a table row: its text, width in points, and whether it sits right (figures).</summary>
internal readonly record struct Cell(string Text, double Width, bool Right = false);

/// <summary>
/// Writes the report top to bottom on A4 portrait pages: a cursor that wraps text within widths and starts a new
/// page (numbered at its foot) when what comes next does not fit.
/// </summary>
internal sealed class ReportCanvas(PdfDocument document, string pageLabel) : IDisposable
{
    public const double Margin = 42;
    private const double FooterHeight = 18;
    private const double CellPadding = 3;

    // Unicode encoding writes the glyphs with a ToUnicode map, so Cyrillic text can be searched and copied.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XPen Rule = new(XColor.FromArgb(0xB0, 0xB8, 0xC4), 0.5);

    private readonly List<IDisposable> _images = [];
    private PdfPage? _page;
    private XGraphics? _graphics;
    private int _pageNumber;
    private double _y;

    public double Width => (_page?.Width.Point ?? 595) - 2 * Margin;

    public static XFont Font(double size, bool bold = false) =>
        new(DocumentFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    public void Space(double height) => _y += height;

    /// <summary>Lines of <paramref name="text"/> wrapped within the page's width.</summary>
    public void Paragraph(string text, XFont font, XBrush? brush = null, double indent = 0)
    {
        foreach (var line in Wrap(text, font, Width - indent))
        {
            var height = font.GetHeight();
            Ensure(height);
            Graphics.DrawString(line, font, brush ?? XBrushes.Black, new XPoint(Margin + indent, _y), XStringFormats.TopLeft);
            _y += height;
        }
    }

    /// <summary>One line of marks, each in its colour (RGB hex) and followed by what it means.</summary>
    public void Legend(IReadOnlyList<(string Symbol, string Color, string Text)> items, XFont font)
    {
        Ensure(font.GetHeight());
        var x = Margin;
        foreach (var (symbol, color, text) in items)
        {
            var brush = new XSolidBrush(XColor.FromArgb(Convert.ToInt32(color[1..], 16) | unchecked((int)0xFF000000)));
            Graphics.DrawString(symbol, font, brush, new XPoint(x, _y), XStringFormats.TopLeft);
            x += Graphics.MeasureString(symbol + " ", font).Width;
            Graphics.DrawString(text, font, XBrushes.Black, new XPoint(x, _y), XStringFormats.TopLeft);
            x += Graphics.MeasureString(text + "    ", font).Width;
        }
        _y += font.GetHeight();
    }

    /// <summary>A table row, each cell wrapped within its width; ruled below, shaded when a heading.</summary>
    public void Row(IReadOnlyList<Cell> cells, XFont font, bool heading = false)
    {
        var lines = cells.Select(cell => Wrap(cell.Text, font, cell.Width - 2 * CellPadding)).ToList();
        var height = lines.Max(l => l.Count) * font.GetHeight() + 2 * CellPadding;
        Ensure(height);
        if (heading)
        {
            Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xE8, 0xEE, 0xF5)), Margin, _y, cells.Sum(c => c.Width), height);
        }
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var y = _y + CellPadding;
            foreach (var line in lines[i])
            {
                var format = cells[i].Right ? XStringFormats.TopRight : XStringFormats.TopLeft;
                var at = cells[i].Right ? x + cells[i].Width - CellPadding : x + CellPadding;
                Graphics.DrawString(line, font, XBrushes.Black, new XPoint(at, y), format);
                y += font.GetHeight();
            }
            x += cells[i].Width;
        }
        _y += height;
        Graphics.DrawLine(Rule, Margin, _y, x, _y);
    }

    /// <summary>A PNG <paramref name="width"/> × <paramref name="height"/> points at <paramref name="x"/> from the margin, on the current line.</summary>
    public void Image(byte[] png, double x, double width, double height)
    {
        var image = XImage.FromStream(new MemoryStream(png, writable: false));
        _images.Add(image);
        Graphics.DrawImage(image, Margin + x, _y, width, height);
    }

    /// <summary>Starts a new page unless <paramref name="height"/> more points fit on this one.</summary>
    public void Ensure(double height)
    {
        if (_page is null || _y + height > _page.Height.Point - Margin - FooterHeight)
        {
            NewPage();
        }
    }

    public void NewPage()
    {
        _graphics?.Dispose();
        _page = document.AddPage();
        _page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _pageNumber++;
        _graphics.DrawString(string.Format(System.Globalization.CultureInfo.InvariantCulture, pageLabel, _pageNumber), Font(8),
            XBrushes.Gray, new XPoint(_page.Width.Point / 2, _page.Height.Point - Margin), XStringFormats.BaseLineCenter);
        _y = Margin;
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        foreach (var image in _images)
        {
            image.Dispose();
        }
    }

    private XGraphics Graphics
    {
        get
        {
            if (_graphics is null)
            {
                NewPage();
            }
            return _graphics!;
        }
    }

    /// <summary>The text in lines no wider than <paramref name="width"/>: at spaces, and within a word too long for a line.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(candidate, font, width))
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = word;
                while (!Fits(line, font, width) && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && !Fits(line[..cut], font, width))
                    {
                        cut--;
                    }
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private bool Fits(string text, XFont font, double width) => Graphics.MeasureString(text, font).Width <= width;
}
