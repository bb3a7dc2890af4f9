using Justice.Contracts;
using System.Collections.Frozen;
using CsvHelper;
using Justice.Assessment.Domain;
using Justice.Persistence;

namespace Justice.Assessment.Reference;

/// <summary>A code of one of the Directive's lists, the article that provides it (null when none), and its name.</summary>
public sealed record ReferenceEntry(string Code, string? Article, LocalizedText Name);

/// <summary>A special measure as special-measures.csv lists it: when it applies (investigation, court, both) and to whom (vulnerable, child).</summary>
public sealed record MeasureEntry(string Code, string Article, string Stage, string AppliesTo, LocalizedText Name);

/// <summary>
/// The Directive's lists the assessment uses, read from the CSVs this service embeds (Domain/Reference/*.csv):
/// the codes the rules know, with their names in bg, en and fr for people to read.
/// </summary>
public static class ReferenceCatalog
{
    public static readonly IReadOnlyList<ReferenceEntry> CrimeCategories = Read("crime-categories.csv",
        row => new ReferenceEntry(row.GetString("code"), Article(row), Name(row)));

    public static readonly IReadOnlyList<ReferenceEntry> Risks = Read("risks.csv",
        row => new ReferenceEntry(row.GetString("code"), null, Name(row)));

    public static readonly IReadOnlyList<MeasureEntry> SpecialMeasures = Read("special-measures.csv",
        row => new MeasureEntry(row.GetString("code"), row.GetString("article"), row.GetString("stage"), row.GetString("applies_to"), Name(row)));

    public static readonly IReadOnlyList<ReferenceEntry> SupportNeeds = Read("support-needs.csv",
        row => new ReferenceEntry(row.GetString("code"), Article(row), Name(row)));

    // The four lists share no code, so one lookup serves them all.
    private static readonly FrozenDictionary<string, LocalizedText> Names = CrimeCategories.Select(e => (e.Code, e.Name))
        .Concat(Risks.Select(e => (e.Code, e.Name)))
        .Concat(SpecialMeasures.Select(e => (e.Code, e.Name)))
        .Concat(SupportNeeds.Select(e => (e.Code, e.Name)))
        .ToFrozenDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal);

    /// <summary>The name of a crime category, risk, special measure or support need; null for an unknown code.</summary>
    public static LocalizedText? NameOf(string code) => Names.GetValueOrDefault(code);

    /// <summary>The name of <paramref name="code"/> in <paramref name="language"/> (bg, en, fr); the code itself when unknown.</summary>
    public static string NameOf(string code, string language) => NameOf(code)?.In(language) ?? code;

    private static IReadOnlyList<T> Read<T>(string fileName, Func<CsvReader, T> map) =>
        ReferenceData.Read(typeof(ReferenceCatalog).Assembly, fileName, map);

    private static string? Article(CsvReader row) => row.GetString("article") is { Length: > 0 } article ? article : null;

    private static LocalizedText Name(CsvReader row) => new(row.GetString("name_bg"), row.GetString("name_en"), row.GetString("name_fr"));
}
