namespace Justice.Network.Domain.Cases;

/// <summary>
/// That the case's victim was told of one item of the information checklist (Art. 4(1)(a)–(k), Art. 6): when, and
/// by which institution of the region. One row per case and item; telling again replaces it.
/// </summary>
public sealed class VictimInformed
{
    public required Guid CaseId { get; init; }
    /// <summary>Code of information-rights.csv.</summary>
    public required string RightCode { get; init; }
    public required DateTimeOffset InformedAt { get; set; }
    public required Guid InstitutionId { get; set; }
    public required DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}
