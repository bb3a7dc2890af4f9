using System.Text;
using Justice.Training.Certificates;
using QRCoder;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;

namespace Justice.Training.Tests;

/// <summary>The certificate PDF, read back with PdfPig as a reader or a search index would.</summary>
public sealed class CertificatePdfTests
{
    private const string HolderName = "Мария Иванова Петрова";
    private static readonly Uri VerificationUrl = new("https://justice.example.bg/certificates/verify?code=ABCDEFGHJKMN");

    [Fact]
    public void Pdf_text_holds_the_holders_Cyrillic_name()
    {
        var text = PageText(CertificatePdf.Render(Content("bg")));

        Assert.Contains(HolderName, text, StringComparison.Ordinal);
        Assert.Contains("Разпит на дете в щадяща среда", text, StringComparison.Ordinal);
        Assert.Contains("София-град", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_text_holds_the_number_the_grouped_code_and_the_verification_link()
    {
        var text = PageText(CertificatePdf.Render(Content("en")));

        Assert.Contains("JBC-2026-000042", text, StringComparison.Ordinal);
        Assert.Contains("ABCD-EFGH-JKMN", text, StringComparison.Ordinal);
        Assert.Contains("Verify at " + VerificationUrl.AbsoluteUri, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bg", "Удостоверение за завършено обучение", "Правосъдие, приятел на детето", "издадено на", "12 март 2026 г.")]
    [InlineData("en", "Certificate of completion", "Justice befriends the child", "awarded to", "12 March 2026")]
    [InlineData("fr", "Attestation de formation", "La justice amie de l'enfant", "décernée à", "12 mars 2026")]
    public void Title_programme_and_date_are_in_the_certificates_language(
        string language, string title, string programme, string awardedTo, string date)
    {
        var text = PageText(CertificatePdf.Render(Content(language)));

        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(programme, text, StringComparison.Ordinal);
        Assert.Contains(awardedTo, text, StringComparison.Ordinal);
        Assert.Contains(date, text, StringComparison.Ordinal);
        Assert.Contains(HolderName, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_certificate_is_one_A4_page_in_landscape()
    {
        using var document = PdfDocument.Open(CertificatePdf.Render(Content("bg")));
        var page = document.GetPage(1);

        Assert.Equal(1, document.NumberOfPages);
        Assert.Equal(PageSize.A4, page.Size);
        Assert.Equal(842, page.Width, 0);
        Assert.Equal(595, page.Height, 0);
    }

    [Fact]
    public void The_QR_code_is_drawn_as_one_filled_square_per_dark_module_of_the_verification_link()
    {
        using var generator = new QRCodeGenerator();
        using var expected = generator.CreateQrCode(VerificationUrl.AbsoluteUri, CertificatePdf.QrErrorCorrection);
        var darkModules = expected.ModuleMatrix.Sum(row => row.Cast<bool>().Count(dark => dark));

        using var document = PdfDocument.Open(CertificatePdf.Render(Content("bg")));
        var squares = FilledSquares(document.GetPage(1).Operations);

        Assert.True(darkModules > 100, "a QR code of a link has hundreds of dark modules");
        Assert.Equal(darkModules, squares.Count);
        Assert.Single(squares.Select(square => Math.Round(square.Width, 3)).Distinct());
    }

    [Fact]
    public void A_long_training_title_and_link_shrink_to_stay_inside_the_frame()
    {
        var content = Content("fr") with
        {
            TrainingTitle = string.Join(' ', Enumerable.Repeat("Audition de l'enfant victime dans une salle adaptée", 4)),
            VerificationUrl = new Uri("https://justice.example.bg/certificates/verify?code=ABCDEFGHJKMN&lang=fr&source=a-rather-long-campaign-name"),
        };

        using var document = PdfDocument.Open(CertificatePdf.Render(content));
        var page = document.GetPage(1);

        const double frame = 28;
        Assert.All(page.Letters, letter =>
        {
            Assert.InRange(letter.BoundingBox.Left, frame, page.Width - frame);
            Assert.InRange(letter.BoundingBox.Right, frame, page.Width - frame);
        });
    }

    [Fact]
    public void The_fonts_travel_inside_the_pdf()
    {
        var pdf = Encoding.Latin1.GetString(CertificatePdf.Render(Content("bg")));

        Assert.Contains("/FontFile2", pdf, StringComparison.Ordinal);
        Assert.Contains("DejaVu#20Sans", pdf, StringComparison.Ordinal);
        Assert.Contains("/ToUnicode", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_certificates_render_in_parallel_each_with_its_own_holder()
    {
        var contents = Enumerable.Range(1, 20)
            .Select(i => Content(i % 3 == 0 ? "fr" : i % 2 == 0 ? "en" : "bg") with
            {
                Number = CertificateNumbers.Format(2026, i),
                HolderName = $"Иван Георгиев {i}",
            })
            .ToList();

        var pdfs = new byte[contents.Count][];
        Parallel.For(0, contents.Count, i => pdfs[i] = CertificatePdf.Render(contents[i]));

        Assert.All(contents.Zip(pdfs), pair =>
        {
            var text = PageText(pair.Second);
            Assert.Contains(pair.First.HolderName, text, StringComparison.Ordinal);
            Assert.Contains(pair.First.Number, text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("BG")]
    public void An_unknown_language_is_refused(string language) =>
        Assert.Throws<ArgumentException>(() => CertificatePdf.Render(Content(language)));

    [Fact]
    public void A_malformed_verification_code_is_refused() =>
        Assert.Throws<ArgumentException>(() => CertificatePdf.Render(Content("en") with { VerificationCode = "ABCD-0000-IIII" }));

    private static CertificateContent Content(string language) => new(
        Number: "JBC-2026-000042",
        VerificationCode: "ABCDEFGHJKMN",
        HolderName: HolderName,
        TrainingTitle: "Разпит на дете в щадяща среда",
        RegionName: "София-град",
        CompletedOn: new DateOnly(2026, 3, 12),
        Language: language,
        VerificationUrl: VerificationUrl);

    private static string PageText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(1).Text;
    }

    /// <summary>Rectangles with equal sides that a fill operator paints; the frame is stroked and not square.</summary>
    private static List<AppendRectangle> FilledSquares(IEnumerable<IGraphicsStateOperation> operations)
    {
        var squares = new List<AppendRectangle>();
        var path = new List<AppendRectangle>();
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case AppendRectangle rectangle:
                    path.Add(rectangle);
                    break;
                case FillPathNonZeroWinding or FillPathEvenOddRule:
                    squares.AddRange(path.Where(r => Math.Abs(Math.Abs(r.Width) - Math.Abs(r.Height)) < 0.001));
                    path.Clear();
                    break;
                case StrokePath or EndPath or CloseAndStrokePath:
                    path.Clear();
                    break;
            }
        }
        return squares;
    }
}
