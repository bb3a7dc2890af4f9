using System.Collections.Frozen;
using Justice.Messaging;

namespace Justice.Training.Domain;

/// <summary>A profession whose practitioners the programme trains (professions.csv).</summary>
public sealed record Profession(string Code, string NameBg, string NameEn, string NameFr, string Sector);

public static class Professions
{
    public static readonly IReadOnlyList<Profession> All = SeedCsv
        .ReadEmbedded(typeof(Professions).Assembly, "professions.csv")
        .Select(row => new Profession(row["code"], row["name_bg"], row["name_en"], row["name_fr"], row["sector"]))
        .ToList();

    private static readonly FrozenSet<string> Codes = All.Select(p => p.Code).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
