using Justice.Contracts;
using Justice.Persistence;

namespace Justice.Monitoring.Data;

/// <summary>
/// The 28 judicial regions the programme counts in, with their names: reference data that changes only with a
/// release (the same list Network serves), held here so that no request waits on another service.
/// </summary>
public static class JudicialRegions
{
    public static readonly IReadOnlyList<(string Code, LocalizedText Name)> All =
        ReferenceData.Read(typeof(JudicialRegions).Assembly, "regions.csv",
            row => (row.GetString("code"), new LocalizedText(row.GetString("name_bg"), row.GetString("name_en"), row.GetString("name_fr"))));

    private static readonly Dictionary<string, LocalizedText> Names = All.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);

    public static bool Exists(string code) => Names.ContainsKey(code);

    /// <summary>The code of the region <paramref name="requested"/> names (in any case), or null when it names none.</summary>
    public static string? Find(string? requested)
    {
        var code = JudicialRegionCode.Normalize(requested ?? "");
        return JudicialRegionCode.IsWellFormed(code) && Exists(code) ? code : null;
    }

    public static LocalizedText NameOf(string code) => Names[code];
}
