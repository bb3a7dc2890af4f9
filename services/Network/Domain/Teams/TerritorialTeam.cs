namespace Justice.Network.Domain.Teams;

/// <summary>
/// A judicial region's territorial team for cooperation and coordination on victims' cases: one per region, formed
/// from the region's roster. It counts as formed while its members meet <c>TeamFormation</c>'s rule.
/// </summary>
public sealed class TerritorialTeam
{
    public required Guid Id { get; init; }
    public required string RegionCode { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>Since when the team meets the formation rule; null while it does not.</summary>
    public DateTimeOffset? FormedAt { get; set; }
    public List<TeamMember> Members { get; init; } = [];
}

/// <summary>A practitioner of the region's roster on its team, for an institution, as coordinator or member.</summary>
public sealed class TeamMember
{
    public const string Coordinator = "coordinator";
    public const string Member = "member";
    public static readonly IReadOnlyList<string> Roles = [Coordinator, Member];

    public required Guid TeamId { get; init; }
    /// <summary>Training's id of the practitioner (a row of the roster).</summary>
    public required Guid PractitionerId { get; init; }
    public required Guid InstitutionId { get; set; }
    public required string Role { get; set; }
    /// <summary>
    /// The member's own account (token subject), when they have one: it lets them work the region's cases. Network
    /// learns practitioners from Training's events, which carry no account, so whoever adds the member names it.
    /// </summary>
    public string? AccountId { get; set; }
    public required DateTimeOffset AddedAt { get; init; }
}
