using Justice.Api;
using Justice.Network.Domain;
using Justice.ServiceDefaults.Http;

namespace Justice.Network.Api.Regions;

public sealed record RegionList(IReadOnlyList<RegionView> Items, int Total);

/// <param name="Name">The region's name in the reader's language.</param>
/// <param name="Court">The district court: its official name in Bulgarian, or in English for other readers.</param>
public sealed record RegionView(string Code, string Name, string Nuts3, string Court)
{
    public static RegionView From(JudicialRegion region) =>
        new(region.Code,
            ReaderLanguage.Pick(region.NameBg, region.NameEn, region.NameFr),
            region.Nuts3,
            // The district courts have official names in Bulgarian and English only.
            ReaderLanguage.Current == ReaderLanguage.Bulgarian ? region.CourtBg : region.CourtEn);
}
