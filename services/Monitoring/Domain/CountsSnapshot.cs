namespace Justice.Monitoring.Domain;

/// <summary>
/// Every count of the read model at one moment, by scope: the nation (every row) and each region (its own rows; a
/// row without a region, such as a ministry's decision maker, counts nationally only). Immutable once built.
/// </summary>
public sealed class CountsSnapshot
{
    private readonly Dictionary<string, ScopeCounts> _regions;

    private CountsSnapshot(ScopeCounts national, Dictionary<string, ScopeCounts> regions, DateTimeOffset asOf)
    {
        National = national;
        _regions = regions;
        AsOf = asOf;
    }

    public static CountsSnapshot Empty { get; } = Build([], DateTimeOffset.MinValue);

    public ScopeCounts National { get; }

    /// <summary>When an event last changed the counts (the time the snapshot was read when none is known).</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>A region's counts; empty counts for a region nothing has happened in yet.</summary>
    public ScopeCounts Region(string code) => _regions.TryGetValue(code, out var counts) ? counts : new ScopeCounts();

    /// <summary>The counts of <paramref name="regionCode"/>, or the national ones for null or empty.</summary>
    public ScopeCounts Scope(string? regionCode) => string.IsNullOrEmpty(regionCode) ? National : Region(regionCode);

    public static CountsSnapshot Build(IEnumerable<CountRow> rows, DateTimeOffset asOf)
    {
        var national = new ScopeCounts();
        var regions = new Dictionary<string, ScopeCounts>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            national.Add(row.Month, row.Measure, row.Dimension, row.Value);
            if (row.RegionCode.Length > 0)
            {
                if (!regions.TryGetValue(row.RegionCode, out var region))
                {
                    regions[row.RegionCode] = region = new ScopeCounts();
                }
                region.Add(row.Month, row.Measure, row.Dimension, row.Value);
            }
        }
        return new CountsSnapshot(national, regions, asOf);
    }
}
