using System.Collections.Frozen;
using Justice.Persistence;

namespace Justice.Training.Catalogs;

/// <summary>The bodies whose decision makers are trained (decision-maker-bodies.csv, embedded).</summary>
public static class DecisionMakerBodies
{
    public sealed record DecisionMakerBody(string Code, string NameBg, string NameEn, string NameFr);

    public static readonly IReadOnlyList<DecisionMakerBody> All =
        ReferenceData.Read(typeof(DecisionMakerBodies).Assembly, "decision-maker-bodies.csv", row => new DecisionMakerBody(
            row.GetString("code"), row.GetString("name_bg"), row.GetString("name_en"), row.GetString("name_fr")));

    public static readonly FrozenSet<string> Codes = All.Select(b => b.Code).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
