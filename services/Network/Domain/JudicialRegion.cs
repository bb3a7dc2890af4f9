namespace Justice.Network.Domain;

/// <summary>One of Bulgaria's 28 judicial regions (ISO 3166-2:BG code, NUTS3, district court).</summary>
public sealed class JudicialRegion
{
    public required string Code { get; init; }
    public required string NameBg { get; init; }
    public required string NameEn { get; init; }
    public required string NameFr { get; init; }
    public required string Nuts3 { get; init; }
    public required string CourtBg { get; init; }
    public required string CourtEn { get; init; }
}
