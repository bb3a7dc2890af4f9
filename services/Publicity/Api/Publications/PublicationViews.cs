using Justice.Api;
using Justice.Publicity.Domain.Publications;
using Justice.ServiceDefaults.Http;

namespace Justice.Publicity.Api.Publications;

/// <summary>A publication as read: in every language it is written in, and in the reader's (Accept-Language; Bulgarian when not translated).</summary>
/// <param name="State"><c>draft</c>, <c>published</c> or <c>withdrawn</c>; callers who do not edit see published ones only.</param>
/// <param name="Languages">The languages it is written in, Bulgarian first.</param>
/// <param name="Language">The language of <paramref name="Title"/>, <paramref name="Summary"/> and <paramref name="Html"/>: the reader's when written in it, else Bulgarian.</param>
/// <param name="Html">The body in <paramref name="Language"/> as sanitised HTML, safe to show as it is.</param>
/// <param name="Files">Its files (a publication's PDF per language).</param>
/// <param name="PublishedAt">When it was last published; null while a draft.</param>
public sealed record PublicationView(
    Guid Id, string Kind, string State, IReadOnlyList<string> Languages, string Language, string Title, string? Summary, string Html,
    PublicationTextsView Texts, IReadOnlyList<PublicationFileView> Files, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt,
    DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt)
{
    public static PublicationView From(Publication p)
    {
        var language = LanguageFor(p);
        var text = p.Text(language)!;
        return new(p.Id, p.Kind, p.State.Code(), p.Languages, language, text.Title, text.Summary, SafeMarkdown.ToHtml(text.Body),
            new PublicationTextsView(PublicationTextView.From(p.Text(ReaderLanguage.Bulgarian))!,
                PublicationTextView.From(p.Text(ReaderLanguage.English)), PublicationTextView.From(p.Text(ReaderLanguage.French))),
            [.. p.Files.OrderBy(f => Array.IndexOf(ReaderLanguage.All, f.Language)).Select(PublicationFileView.From)],
            p.CreatedAt, p.UpdatedAt, p.PublishedAt, p.WithdrawnAt);
    }

    /// <summary>The reader's language when <paramref name="p"/> is written in it, else Bulgarian.</summary>
    internal static string LanguageFor(Publication p) =>
        p.Text(ReaderLanguage.Current) is null ? ReaderLanguage.Bulgarian : ReaderLanguage.Current;
}

/// <summary>Every language's text: Bulgarian always, English and French when translated.</summary>
public sealed record PublicationTextsView(PublicationTextView Bg, PublicationTextView? En, PublicationTextView? Fr);

/// <param name="Markdown">The body as the editor wrote it.</param>
/// <param name="Html">The body as sanitised HTML, safe to show as it is.</param>
public sealed record PublicationTextView(string Title, string? Summary, string Markdown, string Html)
{
    public static PublicationTextView? From(PublicationText? text) =>
        text is null ? null : new(text.Title, text.Summary, text.Body, SafeMarkdown.ToHtml(text.Body));
}

/// <param name="File">Where to download it.</param>
/// <param name="Sha256">The file's SHA-256 (hex), also its ETag.</param>
public sealed record PublicationFileView(
    string Language, string FileName, string ContentType, long Size, string Sha256, string File, DateTimeOffset UploadedAt)
{
    public static PublicationFileView From(PublicationFile f) =>
        new(f.Language, f.FileName, f.ContentType, f.Size, f.Sha256, $"/api/publicity/publications/{f.PublicationId}/files/{f.Language}",
            f.UploadedAt);
}

/// <summary>A publication in a list: its title and summary in the reader's language (Bulgarian when not translated), without its body.</summary>
/// <param name="Language">The language of <paramref name="Title"/> and <paramref name="Summary"/>.</param>
public sealed record PublicationListItem(
    Guid Id, string Kind, string State, IReadOnlyList<string> Languages, string Language, string Title, string? Summary,
    DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);
