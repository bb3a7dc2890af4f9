using Justice.Api;
using Justice.ServiceDefaults.Http;

namespace Justice.Publicity.Domain.Publications;

/// <summary>
/// An article, a press release or a publication of the programme, in Bulgarian and, when translated, English and French.
/// A language is there only with its title and body; Bulgarian always is. Bodies are kept as the editor wrote them
/// (Markdown) and made into safe HTML as they are read.
/// </summary>
public sealed class Publication
{
    public Guid Id { get; init; }
    /// <summary>One of <see cref="PublicationKinds.All"/>; it stays what it was created as.</summary>
    public required string Kind { get; init; }
    public PublicationState State { get; set; }

    public required string TitleBg { get; set; }
    public string? SummaryBg { get; set; }
    public required string BodyBg { get; set; }
    public string? TitleEn { get; set; }
    public string? SummaryEn { get; set; }
    public string? BodyEn { get; set; }
    public string? TitleFr { get; set; }
    public string? SummaryFr { get; set; }
    public string? BodyFr { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; set; }
    /// <summary>When it was last published: the date the public site shows.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>Its files (a publication's PDF per language); their bytes are kept apart.</summary>
    public List<PublicationFile> Files { get; init; } = [];

    /// <summary>The languages it is written in, Bulgarian first.</summary>
    public IReadOnlyList<string> Languages => [.. ReaderLanguage.All.Where(language => Text(language) is not null)];

    /// <summary>The text in <paramref name="language"/>, or null when it is not written in it.</summary>
    public PublicationText? Text(string language) => language switch
    {
        ReaderLanguage.Bulgarian => new PublicationText(TitleBg, SummaryBg, BodyBg),
        ReaderLanguage.English when TitleEn is not null && BodyEn is not null => new PublicationText(TitleEn, SummaryEn, BodyEn),
        ReaderLanguage.French when TitleFr is not null && BodyFr is not null => new PublicationText(TitleFr, SummaryFr, BodyFr),
        _ => null,
    };

    /// <summary>Replaces every language's text; a language given null is removed (Bulgarian cannot be).</summary>
    public void Write(PublicationText bg, PublicationText? en, PublicationText? fr)
    {
        (TitleBg, SummaryBg, BodyBg) = (bg.Title, bg.Summary, bg.Body);
        (TitleEn, SummaryEn, BodyEn) = (en?.Title, en?.Summary, en?.Body);
        (TitleFr, SummaryFr, BodyFr) = (fr?.Title, fr?.Summary, fr?.Body);
    }
}
