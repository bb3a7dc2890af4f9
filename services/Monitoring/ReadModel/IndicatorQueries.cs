using Justice.Contracts;
using Justice.Monitoring.Data;
using Justice.Monitoring.Domain;

namespace Justice.Monitoring.ReadModel;

/// <summary>One scope's indicators: the nation (empty code) or a region.</summary>
public sealed record ScopeIndicators(string RegionCode, LocalizedText Name, IReadOnlyList<IndicatorValue> Indicators, DateTimeOffset AsOf);

/// <summary>The indicators of every scope from a snapshot of the counts: what the gRPC and REST answers are made of.</summary>
public static class IndicatorQueries
{
    public static ScopeIndicators National(CountsSnapshot counts) =>
        new("", IndicatorCatalog.Nation, IndicatorCalculator.National(counts), counts.AsOf);

    /// <summary>A known region's indicators (see <see cref="JudicialRegions.Exists"/>).</summary>
    public static ScopeIndicators Region(CountsSnapshot counts, string code) =>
        new(code, JudicialRegions.NameOf(code), IndicatorCalculator.Region(counts, code), counts.AsOf);

    public static IReadOnlyList<ScopeIndicators> Regions(CountsSnapshot counts) =>
        [.. JudicialRegions.All.Select(region => Region(counts, region.Code))];

    /// <summary>The nation for an empty code, else the region.</summary>
    public static ScopeIndicators Scope(CountsSnapshot counts, string regionCode) =>
        regionCode.Length == 0 ? National(counts) : Region(counts, regionCode);

    /// <summary>The target of <paramref name="definition"/> in a scope.</summary>
    public static double Target(CountsSnapshot counts, IndicatorDefinition definition, string regionCode) =>
        regionCode.Length == 0 ? definition.NationalTarget : IndicatorCalculator.RegionalTarget(definition, counts, regionCode);
}
