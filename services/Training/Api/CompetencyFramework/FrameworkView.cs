using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Training.Catalogs;
using Justice.Training.Domain.Competencies;

namespace Justice.Training.Api.CompetencyFramework;

/// <summary>A version of the framework in the reader's language: the scale, the competencies and each profession's profile.</summary>
public sealed record FrameworkView(
    int Version, string Status, DateTimeOffset? PublishedAt,
    IReadOnlyList<LevelView> Levels, IReadOnlyList<CompetencyView> Competencies, IReadOnlyList<ProfileView> Profiles)
{
    public static FrameworkView From(CompetencyFrameworkVersion version) =>
        new(version.Number,
            version.IsPublished ? "published" : "draft",
            version.PublishedAt,
            [.. ProficiencyScale.Levels.Select(l => new LevelView(l.Value,
                ReaderLanguage.Pick(l.NameBg, l.NameEn, l.NameFr), ReaderLanguage.Pick(l.DescriptionBg, l.DescriptionEn, l.DescriptionFr)))],
            [.. version.Competencies.OrderBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => new CompetencyView(c.Code, ReaderLanguage.Pick(c.NameBg, c.NameEn, c.NameFr),
                    ReaderLanguage.Pick(c.DescriptionBg, c.DescriptionEn, c.DescriptionFr)))],
            [.. Professions.All.Select(p => new ProfileView(p.Code, ReaderLanguage.Pick(p.NameBg, p.NameEn, p.NameFr),
                version.Requirements.Where(r => r.Profession == p.Code).OrderBy(r => r.CompetencyCode, StringComparer.Ordinal)
                    .ToDictionary(r => r.CompetencyCode, r => r.Level)))]);
}

public sealed record LevelView(int Level, string Name, string Description);

public sealed record CompetencyView(string Code, string Name, string Description);

/// <param name="Levels">The level the profession needs in each competency, by code.</param>
public sealed record ProfileView(string Profession, string Name, IReadOnlyDictionary<string, int> Levels);
