using System.Globalization;
using Justice.Api.Files;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>A file's type comes from its bytes; its name only has to agree, and the type must be one the upload takes.</summary>
public sealed class FileTypesTests
{
    /// <summary>Refusals are written in the reader's language: these tests read them in English, but for one.</summary>
    public FileTypesTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string, string> AllowedFiles() => new()
    {
        { "наръчник.pdf", "application/pdf" },
        { "case-study.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "slides.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "film.mp4", "video/mp4" },
        { "FILM.MP4", "video/mp4" },
    };

    [Theory]
    [MemberData(nameof(AllowedFiles))]
    public void Each_allowed_type_is_recognised_by_its_content_and_served_with_its_canonical_type(string fileName, string contentType)
    {
        var check = FileTypes.Check(fileName, BytesFor(fileName), FileTypes.All);

        Assert.Null(check.Refusal);
        Assert.Equal(contentType, check.Type!.ContentType);
    }

    [Theory]
    [InlineData("mp41")]
    [InlineData("mp42")]
    [InlineData("avc1")]
    [InlineData("iso2")]
    [InlineData("M4V ")]
    public void MP4_files_of_the_usual_brands_are_MP4(string brand) =>
        Assert.Same(FileTypes.Mp4, FileTypes.Sniff(SampleFiles.Mp4(brand)));

    [Fact]
    public void A_QuickTime_movie_is_not_an_MP4() =>
        Assert.Null(FileTypes.Sniff(SampleFiles.Mp4("qt  ")));

    [Theory]
    [InlineData("slides.pdf", "PPTX")]
    [InlineData("manual.docx", "PDF")]
    [InlineData("film.pptx", "MP4")]
    [InlineData("handout.mp4", "DOCX")]
    public void A_name_whose_extension_disagrees_with_the_content_is_refused(string fileName, string actual)
    {
        var bytes = actual switch
        {
            "PDF" => SampleFiles.Pdf(),
            "DOCX" => SampleFiles.Docx(),
            "PPTX" => SampleFiles.Pptx(),
            _ => SampleFiles.Mp4(),
        };

        var check = FileTypes.Check(fileName, bytes, FileTypes.All);

        Assert.Null(check.Type);
        Assert.Contains($"is a {actual} file", check.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.pdf")]
    [InlineData("notes.docx")]
    [InlineData("notes.mp4")]
    public void Text_renamed_to_an_allowed_extension_is_refused(string fileName)
    {
        var check = FileTypes.Check(fileName, SampleFiles.Text(), FileTypes.All);

        Assert.Null(check.Type);
        Assert.Contains("not a PDF, DOCX, PPTX, MP4 file", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_executable_renamed_to_pdf_is_refused() =>
        Assert.Null(FileTypes.Check("manual.pdf", SampleFiles.Exe(), FileTypes.All).Type);

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("notes.txt")]
    [InlineData("manual")]
    [InlineData("manual.pdf.exe")]
    public void A_name_without_an_allowed_extension_is_refused_whatever_the_content(string fileName)
    {
        var check = FileTypes.Check(fileName, SampleFiles.Pdf(), FileTypes.All);

        Assert.Null(check.Type);
        Assert.Contains("Allowed files", check.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bg", "Файлът е празен.")]
    [InlineData("en", "The file is empty.")]
    [InlineData("fr", "Le fichier est vide.")]
    public void An_empty_file_is_refused_in_the_readers_language(string language, string refusal)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

        Assert.Equal(refusal, FileTypes.Check("manual.pdf", [], FileTypes.All).Refusal);
    }

    [Fact]
    public void A_truncated_archive_is_refused()
    {
        var docx = SampleFiles.Docx();

        Assert.Null(FileTypes.Sniff(docx[..(docx.Length / 2)]));
        Assert.Null(FileTypes.Sniff(docx[..30]));
    }

    [Fact]
    public void A_ZIP_that_is_no_Office_document_is_refused() =>
        Assert.Null(FileTypes.Check("archive.docx", SampleFiles.Zip(), FileTypes.All).Type);

    [Fact]
    public void A_macro_enabled_Word_document_is_refused() =>
        Assert.Null(FileTypes.Check("letter.docx", SampleFiles.Docm(), FileTypes.All).Type);

    [Fact]
    public void A_box_that_only_says_ftyp_is_not_an_MP4()
    {
        byte[] bytes = [0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];

        Assert.Null(FileTypes.Sniff(bytes));
    }

    [Theory]
    [InlineData("slides.pptx")]
    [InlineData("film.mp4")]
    public void A_type_the_upload_does_not_take_is_refused_though_well_formed(string fileName)
    {
        var check = FileTypes.Check(fileName, BytesFor(fileName), [FileTypes.Pdf, FileTypes.Docx]);

        Assert.Null(check.Type);
        Assert.Equal("Allowed files: PDF, DOCX (the name must end in .pdf, .docx).", check.Refusal);
    }

    [Fact]
    public void A_presentation_named_as_a_Word_document_is_refused_where_only_PDF_and_DOCX_are_taken()
    {
        var check = FileTypes.Check("minutes.docx", SampleFiles.Pptx(), [FileTypes.Pdf, FileTypes.Docx]);

        Assert.Null(check.Type);
        Assert.Contains("is a PPTX file", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_page_renamed_to_pdf_is_refused()
    {
        var check = FileTypes.Check("minutes.pdf", SampleFiles.Html(), [FileTypes.Pdf, FileTypes.Docx]);

        Assert.Null(check.Type);
        Assert.Equal("The content is not a PDF, DOCX file.", check.Refusal);
    }

    private static byte[] BytesFor(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => SampleFiles.Pdf(),
            ".docx" => SampleFiles.Docx(),
            ".pptx" => SampleFiles.Pptx(),
            _ => SampleFiles.Mp4(),
        };
}
