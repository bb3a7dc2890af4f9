using System.Collections.Frozen;
using Justice.Persistence;

namespace Justice.Training.Catalogs;

/// <summary>A profession whose practitioners the programme trains.</summary>
public sealed record Profession(string Code, string NameBg, string NameEn, string NameFr, string Sector);

/// <summary>The professions the programme trains (professions.csv, embedded).</summary>
public static class Professions
{
    public static readonly IReadOnlyList<Profession> All = ReferenceData.Read(typeof(Professions).Assembly, "professions.csv", row => new Profession(
        row.GetString("code"), row.GetString("name_bg"), row.GetString("name_en"), row.GetString("name_fr"), row.GetString("sector")));

    public static readonly FrozenSet<string> Codes = All.Select(p => p.Code).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
