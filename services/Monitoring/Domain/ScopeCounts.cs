namespace Justice.Monitoring.Domain;

/// <summary>One row of the read model: a measure's count in a region (or none), a month and a breakdown.</summary>
public sealed record CountRow(string RegionCode, DateOnly Month, string Measure, string Dimension, long Value);

/// <summary>The counts of one scope (the nation, or a region): each measure in total, by breakdown and by month.</summary>
public sealed class ScopeCounts
{
    private readonly Dictionary<string, MeasureCounts> _measures = new(StringComparer.Ordinal);

    public long Total(string measure) => _measures.TryGetValue(measure, out var counts) ? counts.Total : 0;

    public IReadOnlyDictionary<string, long> ByDimension(string measure) =>
        _measures.TryGetValue(measure, out var counts) ? counts.ByDimension : new Dictionary<string, long>();

    public long InMonth(string measure, DateOnly month) =>
        _measures.TryGetValue(measure, out var counts) ? counts.ByMonth.GetValueOrDefault(month) : 0;

    /// <summary>Everything counted before <paramref name="month"/>.</summary>
    public long Before(string measure, DateOnly month) =>
        _measures.TryGetValue(measure, out var counts) ? counts.ByMonth.TakeWhile(m => m.Key < month).Sum(m => m.Value) : 0;

    /// <summary>The breakdown of what was counted in <paramref name="month"/>.</summary>
    public IReadOnlyDictionary<string, long> ByDimensionIn(string measure, DateOnly month) =>
        _measures.TryGetValue(measure, out var counts)
            ? counts.ByMonthAndDimension.Where(c => c.Key.Month == month).ToDictionary(c => c.Key.Dimension, c => c.Value, StringComparer.Ordinal)
            : new Dictionary<string, long>();

    /// <summary>The breakdown at the end of <paramref name="month"/>: everything counted in it and before.</summary>
    public IReadOnlyDictionary<string, long> ByDimensionThrough(string measure, DateOnly month) =>
        _measures.TryGetValue(measure, out var counts)
            ? counts.ByMonthAndDimension.Where(c => c.Key.Month <= month).GroupBy(c => c.Key.Dimension, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(c => c.Value), StringComparer.Ordinal)
            : new Dictionary<string, long>();

    public IEnumerable<string> MeasuresCounted => _measures.Keys;

    internal void Add(DateOnly month, string measure, string dimension, long value)
    {
        if (!_measures.TryGetValue(measure, out var counts))
        {
            _measures[measure] = counts = new MeasureCounts();
        }
        counts.Total += value;
        counts.ByDimension[dimension] = counts.ByDimension.GetValueOrDefault(dimension) + value;
        counts.ByMonth[month] = counts.ByMonth.GetValueOrDefault(month) + value;
        counts.ByMonthAndDimension[(month, dimension)] = counts.ByMonthAndDimension.GetValueOrDefault((month, dimension)) + value;
    }

    private sealed class MeasureCounts
    {
        public long Total { get; set; }
        public Dictionary<string, long> ByDimension { get; } = new(StringComparer.Ordinal);
        public SortedDictionary<DateOnly, long> ByMonth { get; } = [];
        public Dictionary<(DateOnly Month, string Dimension), long> ByMonthAndDimension { get; } = [];
    }
}
