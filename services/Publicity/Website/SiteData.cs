using Justice.Contracts;
using Justice.Persistence;

namespace Justice.Publicity.Website;

/// <summary>
/// Reference data the public website shows, copied with each release: the 28 judicial regions and the information
/// every victim has a right to (Directive 2012/29/EU, Articles 4 and 6).
/// </summary>
public static class SiteData
{
    public static readonly IReadOnlyList<(string Code, LocalizedText Name)> Regions =
        ReferenceData.Read(typeof(SiteData).Assembly, "regions.csv",
            row => (row.GetString("code"), new LocalizedText(row.GetString("name_bg"), row.GetString("name_en"), row.GetString("name_fr"))));

    public static readonly IReadOnlyList<(string Article, LocalizedText Right)> Rights =
        ReferenceData.Read(typeof(SiteData).Assembly, "information-rights.csv",
            row => (row.GetString("article"), new LocalizedText(row.GetString("name_bg"), row.GetString("name_en"), row.GetString("name_fr"))));

    /// <summary>The code of the region <paramref name="requested"/> names (in any case), or null when it names none.</summary>
    public static string? Region(string? requested)
    {
        var code = string.IsNullOrWhiteSpace(requested) ? null : JudicialRegionCode.Normalize(requested);
        return code is not null && Regions.Any(r => r.Code == code) ? code : null;
    }

    public static string? RegionName(string? code, string language) =>
        Regions.FirstOrDefault(r => r.Code == code) is { Name: { } name } ? name.In(language) : null;
}
