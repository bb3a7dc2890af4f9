namespace Justice.Monitoring.Data;

/// <summary>A measure's count in a region (empty: no region), month and breakdown: the read model's aggregate.</summary>
public sealed class MonthlyCount
{
    public required string RegionCode { get; init; }
    public DateOnly Month { get; init; }
    public required string Measure { get; init; }
    public required string Dimension { get; init; }
    public long Value { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
