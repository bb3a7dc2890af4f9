using Justice.Api;
using Justice.Publicity.Domain.Films;
using Justice.ServiceDefaults.Http;

namespace Justice.Publicity.Api.Films;

/// <summary>A training film as read: its title and description in the reader's language (Bulgarian when not translated) and in each language.</summary>
/// <param name="Title">In the reader's language, or Bulgarian.</param>
/// <param name="Description">In the reader's language, or Bulgarian.</param>
/// <param name="Published">Whether it is on the public site; callers who do not edit see published films only.</param>
public sealed record FilmView(
    Guid Id, string Title, string Description, FilmTextView Titles, FilmTextView Descriptions,
    IReadOnlyList<FilmCompetencyView> Competencies, bool Published, IReadOnlyList<FilmVersionView> Versions,
    DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, DateTimeOffset? PublishedAt)
{
    public static FilmView From(TrainingFilm f) =>
        new(f.Id, ReaderLanguage.Pick(f.TitleBg, f.TitleEn ?? f.TitleBg, f.TitleFr ?? f.TitleBg),
            ReaderLanguage.Pick(f.DescriptionBg, f.DescriptionEn ?? f.DescriptionBg, f.DescriptionFr ?? f.DescriptionBg),
            new FilmTextView(f.TitleBg, f.TitleEn, f.TitleFr), new FilmTextView(f.DescriptionBg, f.DescriptionEn, f.DescriptionFr),
            [.. f.Competencies.Select(code => new FilmCompetencyView(code, FilmCompetencies.NameOf(code).In(ReaderLanguage.Current)))],
            f.Published, [.. f.Versions.OrderBy(v => v.Language, StringComparer.Ordinal).Select(FilmVersionView.From)],
            f.CreatedAt, f.UpdatedAt, f.PublishedAt);
}

/// <summary>A text in Bulgarian, and in English and French when translated.</summary>
public sealed record FilmTextView(string Bg, string? En, string? Fr);

/// <param name="Name">In the reader's language.</param>
public sealed record FilmCompetencyView(string Code, string Name);

/// <param name="Type"><c>file</c> (an MP4 stored here) or <c>link</c> (hosted elsewhere).</param>
/// <param name="File">Where to watch or download it: the file here, or a redirect to the link.</param>
/// <param name="Sha256">The file's SHA-256 (hex), also its ETag; null for a link.</param>
public sealed record FilmVersionView(
    string Language, string Type, string? ExternalUrl, string? FileName, string? ContentType, long? Size, string? Sha256, string File,
    DateTimeOffset UploadedAt)
{
    public static FilmVersionView From(FilmVersion v) =>
        new(v.Language, v.IsLink ? "link" : "file", v.ExternalUrl, v.FileName, v.ContentType, v.Size, v.Sha256,
            $"/api/publicity/films/{v.FilmId}/versions/{v.Language}", v.UploadedAt);
}
