namespace Justice.Monitoring.Domain;

/// <summary>An indicator's value in one scope against its target.</summary>
/// <param name="PercentOfTarget">Value / target × 100, to one decimal; 0 when the target is 0.</param>
public sealed record IndicatorValue(IndicatorDefinition Definition, double Value, double Target, double PercentOfTarget);

/// <summary>A month of an indicator: what happened in it, and the value at its end.</summary>
public sealed record MonthValue(DateOnly Month, double InMonth, double Value);

/// <summary>
/// The indicators from the counts. A region's target is the programme's, shared by the region's roster size (its
/// practitioners registered against the nation's; an equal share while nobody is registered), unless the
/// indicator has a fixed regional target (one team, 75%) or a national admin set one for the region.
/// </summary>
public static class IndicatorCalculator
{
    public const int RegionCount = 28;

    public static IReadOnlyList<IndicatorValue> National(CountsSnapshot counts) =>
        [.. IndicatorCatalog.All.Select(definition => Evaluate(definition, counts.National, definition.NationalTarget))];

    /// <param name="targets">Targets set for this region, by indicator code; by default those the snapshot holds.</param>
    public static IReadOnlyList<IndicatorValue> Region(CountsSnapshot counts, string regionCode,
        IReadOnlyDictionary<string, double>? targets = null) =>
        [
            .. IndicatorCatalog.All.Where(definition => !definition.NationalOnly)
                .Select(definition => Evaluate(definition, counts.Region(regionCode), RegionalTarget(definition, counts, regionCode, targets))),
        ];

    public static double RegionalTarget(IndicatorDefinition definition, CountsSnapshot counts, string regionCode,
        IReadOnlyDictionary<string, double>? targets = null)
    {
        if ((targets ?? counts.TargetsSetFor(regionCode)).TryGetValue(definition.Code, out var set))
        {
            return set;
        }
        if (definition.RegionalTarget is { } fixedTarget)
        {
            return fixedTarget;
        }
        var nation = counts.National.Total(Measures.PractitionersRegistered);
        var share = nation == 0
            ? 1.0 / RegionCount
            : (double)counts.Region(regionCode).Total(Measures.PractitionersRegistered) / nation;
        return Math.Round(definition.NationalTarget * share, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// The indicator month by month from <paramref name="from"/> to <paramref name="to"/>: running totals, started from
    /// everything counted before <paramref name="from"/> (one pass over the months, not one per month).
    /// </summary>
    public static IReadOnlyList<MonthValue> Series(IndicatorDefinition definition, ScopeCounts scope, DateOnly from, DateOnly to)
    {
        var points = new List<MonthValue>();
        var measureThrough = scope.Before(definition.Measure, from);
        var ofThrough = definition.Unit == IndicatorUnit.Count ? 0 : scope.Before(definition.Of!, from);
        foreach (var month in ProgrammeMonth.Range(from, to))
        {
            var inMonth = scope.InMonth(definition.Measure, month);
            measureThrough += inMonth;
            if (definition.Unit == IndicatorUnit.Count)
            {
                points.Add(new MonthValue(month, inMonth, measureThrough));
                continue;
            }
            var ofInMonth = scope.InMonth(definition.Of!, month);
            ofThrough += ofInMonth;
            points.Add(new MonthValue(month, Share(inMonth, ofInMonth), Share(measureThrough, ofThrough)));
        }
        return points;
    }

    public static IndicatorValue Evaluate(IndicatorDefinition definition, ScopeCounts scope, double target)
    {
        var value = definition.Unit == IndicatorUnit.Count
            ? scope.Total(definition.Measure)
            : Share(scope.Total(definition.Measure), scope.Total(definition.Of!));
        return new IndicatorValue(definition, value, target, Percent(value, target));
    }

    private static double Share(long part, long whole) => whole == 0 ? 0 : Percent(part, whole);

    private static double Percent(double part, double whole) =>
        whole == 0 ? 0 : Math.Round(100 * part / whole, 1, MidpointRounding.AwayFromZero);
}
