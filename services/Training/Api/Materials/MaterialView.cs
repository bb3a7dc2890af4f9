using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Training.Domain.Materials;

namespace Justice.Training.Api.Materials;

/// <param name="Title">In the reader's language (Accept-Language), or in Bulgarian when it has no title in it.</param>
/// <param name="Public">Whether anyone may read and download it on the public website.</param>
public sealed record MaterialView(
    Guid Id, string Kind, string Title, MaterialTitles Titles, IReadOnlyList<DevelopedCompetency> Competencies,
    IReadOnlyList<MaterialVersionView> Versions, DateTimeOffset CreatedAt, bool Public)
{
    public static MaterialView From(Material m, IReadOnlyDictionary<string, string> competencyNames) =>
        new(m.Id, m.Kind.Code(), m.Title(ReaderLanguage.Current), new MaterialTitles(m.TitleBg, m.TitleEn, m.TitleFr),
            [.. m.Competencies.Select(code => new DevelopedCompetency(code, competencyNames.GetValueOrDefault(code, code)))],
            [.. m.Versions.OrderBy(v => Array.IndexOf(ReaderLanguage.All, v.Language)).Select(MaterialVersionView.From)],
            m.CreatedAt, m.Public);
}

/// <summary>A competency the material develops, named in the reader's language.</summary>
public sealed record DevelopedCompetency(string Code, string Name);
