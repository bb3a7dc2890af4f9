using Justice.Contracts;
using Justice.Persistence;

namespace Justice.Publicity.Domain.Films;

/// <summary>
/// The competency framework's codes and names (C1…), which a film says it illustrates: reference data embedded from
/// Data/Seed/competencies.csv, changed only with a release.
/// </summary>
public static class FilmCompetencies
{
    public static readonly IReadOnlyList<(string Code, LocalizedText Name)> All =
        ReferenceData.Read(typeof(FilmCompetencies).Assembly, "competencies.csv",
            row => (row.GetString("code"), new LocalizedText(row.GetString("name_bg"), row.GetString("name_en"), row.GetString("name_fr"))));

    private static readonly Dictionary<string, LocalizedText> Names = All.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);

    /// <summary>The codes, for messages: "C1, C2, …".</summary>
    public static readonly string Listed = string.Join(", ", All.Select(c => c.Code));

    public static bool Exists(string code) => Names.ContainsKey(code);

    public static LocalizedText NameOf(string code) => Names[code];
}
