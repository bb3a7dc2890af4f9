using Justice.Monitoring.Domain;
using Justice.Monitoring.ReadModel;

namespace Justice.Monitoring.Api;

/// <summary>An indicator against its target, named in the reader's language.</summary>
/// <param name="Unit"><c>count</c> or <c>percent</c>.</param>
public sealed record IndicatorView(string Code, string Name, double Value, double Target, double PercentOfTarget, string Unit);

/// <summary>A measure behind the indicators: its total and its breakdown (by profession, age group, measure…).</summary>
public sealed record FigureView(string Measure, long Total, IReadOnlyDictionary<string, long> ByDimension);

/// <summary>The nation's (empty region code) or a region's indicators and the figures behind them.</summary>
public sealed record ScopeView(string RegionCode, string Name, DateTimeOffset AsOf, IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<FigureView> Figures)
{
    public static ScopeView From(ScopeIndicators scope, ScopeCounts counts, string language) => new(
        scope.RegionCode, scope.Name.In(language), scope.AsOf,
        [.. scope.Indicators.Select(i => IndicatorViews.From(i, language))],
        [.. Measures.All.Select(m => new FigureView(m, counts.Total(m), counts.ByDimension(m)))]);
}

/// <summary>The 28 regions' indicators, ordered by code.</summary>
public sealed record RegionsView(IReadOnlyList<ScopeView> Regions);

/// <summary>One indicator month by month.</summary>
public sealed record TimeSeriesView(string Indicator, string Name, string RegionCode, double Target, IReadOnlyList<MonthPointView> Points);

/// <param name="Month">e.g. <c>2026-05</c>.</param>
/// <param name="InMonth">What happened in the month.</param>
/// <param name="Value">The indicator at the end of the month.</param>
public sealed record MonthPointView(string Month, double InMonth, double Value);

public static class IndicatorViews
{
    public static IndicatorView From(IndicatorValue value, string language) => new(
        value.Definition.Code, value.Definition.Name.In(language), value.Value, value.Target, value.PercentOfTarget,
        value.Definition.Unit == IndicatorUnit.Percent ? "percent" : "count");
}
