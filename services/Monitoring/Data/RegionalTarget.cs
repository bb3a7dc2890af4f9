namespace Justice.Monitoring.Data;

/// <summary>A region's target for an indicator, set by a national admin instead of the share by roster size.</summary>
public sealed class RegionalTarget
{
    public required string RegionCode { get; init; }
    public required string Indicator { get; init; }
    public double Target { get; set; }
    /// <summary>The national admin's user id (the token's subject).</summary>
    public required string SetBy { get; set; }
    public DateTimeOffset SetAt { get; set; }
}
