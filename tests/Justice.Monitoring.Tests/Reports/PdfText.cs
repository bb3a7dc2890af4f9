using System.Text;
using UglyToad.PdfPig;

namespace Justice.Monitoring.Tests.Reports;

/// <summary>A PDF's text read back with PdfPig, as a reader or a search index would.</summary>
public static class PdfText
{
    /// <summary>Every page's text, without white space: a name wrapped over two lines of a cell is still found.</summary>
    public static string Compact(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.Append(page.Text);
        }
        return Squeeze(text.ToString());
    }

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static void AssertHolds(string compact, string expected) =>
        Assert.True(compact.Contains(Squeeze(expected), StringComparison.Ordinal), $"the PDF does not hold \"{expected}\"");
}
