namespace Justice.Monitoring.Domain;

/// <summary>
/// Every count of the read model at one moment, by scope: the nation (every row) and each region (its own rows; a
/// row without a region, such as a ministry's decision maker, counts nationally only). Immutable once built.
/// </summary>
public sealed class CountsSnapshot
{
    private static readonly IReadOnlyDictionary<string, double> NoTargets = new Dictionary<string, double>();
    private readonly Dictionary<string, ScopeCounts> _regions;
    private readonly Dictionary<string, Dictionary<string, double>> _targets;

    private CountsSnapshot(ScopeCounts national, Dictionary<string, ScopeCounts> regions,
        Dictionary<string, Dictionary<string, double>> targets, DateTimeOffset asOf)
    {
        National = national;
        _regions = regions;
        _targets = targets;
        AsOf = asOf;
    }

    public static CountsSnapshot Empty { get; } = Build([], DateTimeOffset.MinValue);

    /// <summary>The targets a national admin set for <paramref name="regionCode"/>, by indicator code.</summary>
    public IReadOnlyDictionary<string, double> TargetsSetFor(string regionCode) =>
        _targets.TryGetValue(regionCode, out var targets) ? targets : NoTargets;

    public ScopeCounts National { get; }

    /// <summary>When an event last changed the counts (the time the snapshot was read when none is known).</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>A region's counts; empty counts for a region nothing has happened in yet.</summary>
    public ScopeCounts Region(string code) => _regions.TryGetValue(code, out var counts) ? counts : new ScopeCounts();

    /// <summary>The counts of <paramref name="regionCode"/>, or the national ones for null or empty.</summary>
    public ScopeCounts Scope(string? regionCode) => string.IsNullOrEmpty(regionCode) ? National : Region(regionCode);

    /// <param name="targets">Targets a national admin set: (region, indicator code, target).</param>
    public static CountsSnapshot Build(IEnumerable<CountRow> rows, DateTimeOffset asOf,
        IEnumerable<(string RegionCode, string Indicator, double Target)>? targets = null)
    {
        var builder = new Builder();
        foreach (var row in rows)
        {
            builder.Add(row);
        }
        return builder.Build(asOf, targets);
    }

    /// <summary>
    /// Sums rows as they are read, so that none is kept: at national scale a list of them would outlive a few
    /// collections while it is filled, and leave its garbage to the older generations whose collections stall callers.
    /// </summary>
    public sealed class Builder
    {
        private readonly ScopeCounts _national = new();
        private readonly Dictionary<string, ScopeCounts> _regions = new(StringComparer.Ordinal);
        private bool _built;

        public void Add(CountRow row)
        {
            // A snapshot is immutable once built, and it holds this builder's counts.
            if (_built)
            {
                throw new InvalidOperationException("The snapshot was built; a builder is used once.");
            }
            _national.Add(row.Month, row.Measure, row.Dimension, row.Value);
            if (row.RegionCode.Length > 0)
            {
                if (!_regions.TryGetValue(row.RegionCode, out var region))
                {
                    _regions[row.RegionCode] = region = new ScopeCounts();
                }
                region.Add(row.Month, row.Measure, row.Dimension, row.Value);
            }
        }

        /// <param name="targets">Targets a national admin set: (region, indicator code, target).</param>
        public CountsSnapshot Build(DateTimeOffset asOf, IEnumerable<(string RegionCode, string Indicator, double Target)>? targets = null)
        {
            var set = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
            foreach (var (regionCode, indicator, target) in targets ?? [])
            {
                if (!set.TryGetValue(regionCode, out var ofRegion))
                {
                    set[regionCode] = ofRegion = new Dictionary<string, double>(StringComparer.Ordinal);
                }
                ofRegion[indicator] = target;
            }
            _built = true;
            return new CountsSnapshot(_national, _regions, set, asOf);
        }
    }
}
