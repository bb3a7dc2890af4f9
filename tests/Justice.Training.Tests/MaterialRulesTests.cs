using Justice.Training.Domain.Materials;

namespace Justice.Training.Tests;

public sealed class MaterialRulesTests
{
    [Fact]
    public void A_film_may_be_an_https_link() =>
        Assert.Null(MaterialRules.ExternalLinkRefusal(MaterialKind.Film, "https://video.example.org/justice/film-bg"));

    [Theory]
    [InlineData("http://video.example.org/film")]
    [InlineData("ftp://video.example.org/film")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/film")]
    [InlineData("https://user:secret@video.example.org/film")]
    [InlineData("https://video.example.org/a film")]
    public void A_film_link_must_be_plain_https(string url) =>
        Assert.NotNull(MaterialRules.ExternalLinkRefusal(MaterialKind.Film, url));

    [Theory]
    [InlineData(MaterialKind.Manual)]
    [InlineData(MaterialKind.Presentation)]
    [InlineData(MaterialKind.CaseStudy)]
    [InlineData(MaterialKind.Handout)]
    public void Only_a_film_may_be_a_link(MaterialKind kind) =>
        Assert.StartsWith("Only a film", MaterialRules.ExternalLinkRefusal(kind, "https://example.org/x.pdf"), StringComparison.Ordinal);

    [Theory]
    [InlineData("наръчник.pdf", "наръчник.pdf")]
    [InlineData("C:\\Users\\admin\\Desktop\\slides.pptx", "slides.pptx")]
    [InlineData("../../etc/film.mp4", "film.mp4")]
    [InlineData("  handout.docx ", "handout.docx")]
    [InlineData("dir/", null)]
    [InlineData("..", null)]
    [InlineData("bad\u0000name.pdf", null)]
    [InlineData("quote\".pdf", null)]
    [InlineData("", null)]
    public void A_file_keeps_only_the_last_segment_of_its_name(string sent, string? kept) =>
        Assert.Equal(kept, MaterialRules.CleanFileName(sent));
}
