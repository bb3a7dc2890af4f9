using Justice.Training.Certificates;
using UglyToad.PdfPig;

namespace Justice.Training.Tests;

public sealed class CertificatePdfTests
{
    private static readonly Uri Url = new("https://justice.example.bg/api/training/certificates/ABCDEFGHJKMN");

    private static CertificateContent Content(string language = "bg", string holder = "Мария Иванова Петрова") =>
        new("JBC-2026-000042", "ABCDEFGHJKMN", holder, "Правосъдие, приятел на детето: регионално обучение", "Видин",
            new DateOnly(2027, 1, 15), language, Url);

    [Theory]
    [InlineData("bg", "Удостоверение за завършено обучение")]
    [InlineData("en", "Certificate of completion")]
    [InlineData("fr", "Attestation de formation")]
    public void Pdf_text_holds_the_holders_Cyrillic_name_number_code_and_title_in_the_holders_language(string language, string title)
    {
        using var pdf = PdfDocument.Open(CertificatePdf.Render(Content(language)));
        var text = pdf.GetPage(1).Text;

        Assert.Contains("Мария Иванова Петрова", text, StringComparison.Ordinal);
        Assert.Contains("JBC-2026-000042", text, StringComparison.Ordinal);
        Assert.Contains("ABCDEFGHJKMN", text, StringComparison.Ordinal);
        Assert.Contains(title, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_certificate_is_one_landscape_A4_page()
    {
        using var pdf = PdfDocument.Open(CertificatePdf.Render(Content()));
        var page = Assert.Single(pdf.GetPages());

        Assert.Equal(842, page.Width, 0);
        Assert.Equal(595, page.Height, 0);
    }

    [Fact]
    public void The_qr_code_is_drawn_module_by_module()
    {
        using var pdf = PdfDocument.Open(CertificatePdf.Render(Content()));

        var filled = pdf.GetPage(1).Paths.Count(path => path.IsFilled);

        Assert.Equal(CertificatePdf.DarkModules(Url), filled);
        Assert.True(filled > 100);
    }

    [Fact]
    public void Certificates_render_in_parallel()
    {
        var names = Enumerable.Range(1, 20).Select(i => $"Участник Номер{new string('а', i % 5 + 1)}").ToList();

        var texts = names.AsParallel().Select(name =>
        {
            using var pdf = PdfDocument.Open(CertificatePdf.Render(Content(holder: name)));
            return (name, pdf.GetPage(1).Text);
        }).ToList();

        Assert.All(texts, t => Assert.Contains(t.name, t.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_language_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CertificatePdf.Render(Content("de")));
    }
}

public sealed class VerificationCodeTests
{
    [Fact]
    public void Codes_are_well_formed_distinct_and_free_of_look_alikes()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => VerificationCodes.New()).ToList();

        Assert.All(codes, code => Assert.True(VerificationCodes.IsWellFormed(code), code));
        Assert.Equal(1000, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(codes, code => code.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0);
    }

    [Theory]
    [InlineData(" abcd-efgh-jkmn ", "ABCDEFGHJKMN")]
    [InlineData("ABCD EFGH JKMN", "ABCDEFGHJKMN")]
    public void A_typed_code_is_normalized(string typed, string expected)
    {
        Assert.Equal(expected, VerificationCodes.Normalize(typed));
        Assert.True(VerificationCodes.IsWellFormed(VerificationCodes.Normalize(typed)));
    }

    [Theory]
    [InlineData("ABCDEFGHJKM")]
    [InlineData("ABCDEFGHJKMNP")]
    [InlineData("ABCDEFGHJKM0")]
    [InlineData("' OR 1=1 --")]
    public void Malformed_codes_are_not_well_formed(string code)
    {
        Assert.False(VerificationCodes.IsWellFormed(VerificationCodes.Normalize(code)));
    }

    [Fact]
    public void Numbers_carry_the_year_and_a_six_digit_serial()
    {
        Assert.Equal("JBC-2026-000042", CertificateNumbers.Format(2026, 42));
    }
}
