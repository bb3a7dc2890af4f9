namespace Justice.Network.Domain;

/// <summary>
/// A practitioner in a region's pool, from which its territorial team is formed. Network knows the
/// practitioner only by Training's id, profession and region: the name stays in Training.
/// </summary>
public sealed class RosterMember
{
    public required Guid PractitionerId { get; init; }
    public required string RegionCode { get; init; }
    public required string Profession { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    /// <summary>When the practitioner completed the programme's regional training; null until then.</summary>
    public DateTimeOffset? TrainedAt { get; set; }
}
