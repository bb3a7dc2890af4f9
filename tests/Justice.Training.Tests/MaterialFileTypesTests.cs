using Justice.Training.Domain.Materials;

namespace Justice.Training.Tests;

/// <summary>A file's type comes from its bytes; its name only has to agree.</summary>
public sealed class MaterialFileTypesTests
{
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
        var check = MaterialFileTypes.Check(fileName, BytesFor(fileName));

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
        Assert.Same(MaterialFileTypes.Mp4, MaterialFileTypes.Sniff(MaterialFiles.Mp4(brand)));

    [Fact]
    public void A_QuickTime_movie_is_not_an_MP4() =>
        Assert.Null(MaterialFileTypes.Sniff(MaterialFiles.Mp4("qt  ")));

    [Theory]
    [InlineData("slides.pdf", "PPTX")]
    [InlineData("manual.docx", "PDF")]
    [InlineData("film.pptx", "MP4")]
    [InlineData("handout.mp4", "DOCX")]
    public void A_name_whose_extension_disagrees_with_the_content_is_refused(string fileName, string actual)
    {
        var bytes = actual switch
        {
            "PDF" => MaterialFiles.Pdf(),
            "DOCX" => MaterialFiles.Docx(),
            "PPTX" => MaterialFiles.Pptx(),
            _ => MaterialFiles.Mp4(),
        };

        var check = MaterialFileTypes.Check(fileName, bytes);

        Assert.Null(check.Type);
        Assert.Contains($"is a {actual} file", check.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.pdf")]
    [InlineData("notes.docx")]
    [InlineData("notes.mp4")]
    public void Text_renamed_to_an_allowed_extension_is_refused(string fileName)
    {
        var check = MaterialFileTypes.Check(fileName, MaterialFiles.Text());

        Assert.Null(check.Type);
        Assert.Contains("not a PDF, DOCX, PPTX, MP4 file", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_executable_renamed_to_pdf_is_refused() =>
        Assert.Null(MaterialFileTypes.Check("manual.pdf", MaterialFiles.Exe()).Type);

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("notes.txt")]
    [InlineData("manual")]
    [InlineData("manual.pdf.exe")]
    public void A_name_without_an_allowed_extension_is_refused_whatever_the_content(string fileName)
    {
        var check = MaterialFileTypes.Check(fileName, MaterialFiles.Pdf());

        Assert.Null(check.Type);
        Assert.Contains("Allowed files", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused() =>
        Assert.Equal("The file is empty.", MaterialFileTypes.Check("manual.pdf", []).Refusal);

    [Fact]
    public void A_truncated_archive_is_refused()
    {
        var docx = MaterialFiles.Docx();

        Assert.Null(MaterialFileTypes.Sniff(docx[..(docx.Length / 2)]));
        Assert.Null(MaterialFileTypes.Sniff(docx[..30]));
    }

    [Fact]
    public void A_ZIP_that_is_no_Office_document_is_refused() =>
        Assert.Null(MaterialFileTypes.Check("archive.docx", MaterialFiles.Zip()).Type);

    [Fact]
    public void A_macro_enabled_Word_document_is_refused() =>
        Assert.Null(MaterialFileTypes.Check("letter.docx", MaterialFiles.Docm()).Type);

    [Fact]
    public void A_box_that_only_says_ftyp_is_not_an_MP4()
    {
        byte[] bytes = [0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];

        Assert.Null(MaterialFileTypes.Sniff(bytes));
    }

    private static byte[] BytesFor(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => MaterialFiles.Pdf(),
            ".docx" => MaterialFiles.Docx(),
            ".pptx" => MaterialFiles.Pptx(),
            _ => MaterialFiles.Mp4(),
        };
}
