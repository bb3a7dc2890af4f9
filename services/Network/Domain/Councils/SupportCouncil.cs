namespace Justice.Network.Domain.Councils;

/// <summary>
/// A support council: the one National Support Council, or a judicial region's Public Support Council (one per
/// region). Its members are organisations, each in a role; a person is never a member here.
/// </summary>
public sealed class SupportCouncil
{
    public const string National = "national";
    public const string Public = "public";
    public static readonly IReadOnlyList<string> Kinds = [National, Public];

    public const int MaxNameLength = 300;
    /// <summary>The most current members a council may have.</summary>
    public const int MaxMembers = 100;

    public required Guid Id { get; init; }
    /// <summary><see cref="National"/> or <see cref="Public"/>.</summary>
    public required string Kind { get; init; }
    /// <summary>The region of a public council; null for the national council.</summary>
    public string? RegionCode { get; init; }
    public required string Name { get; set; }
    /// <summary>The date of the act that established the council, when known.</summary>
    public DateOnly? EstablishedOn { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public List<CouncilMember> Members { get; init; } = [];

    /// <summary>PostgreSQL's row version: of two changes racing, the second is refused.</summary>
    public uint Version { get; init; }

    public bool IsNational => Kind == National;
}

/// <summary>
/// An organisation on a council, in one of <see cref="CouncilRoles"/>. A member who leaves is kept, marked removed,
/// so that the meetings they attended still name them.
/// </summary>
public sealed class CouncilMember
{
    public const int MaxOrganisationLength = 300;

    public required Guid Id { get; init; }
    public required Guid CouncilId { get; init; }
    public required string Organisation { get; init; }
    /// <summary>A code of <see cref="CouncilRoles"/>.</summary>
    public required string Role { get; init; }
    /// <summary>The institution the organisation is, when it is one of Network's institutions (of the council's region).</summary>
    public Guid? InstitutionId { get; init; }
    public required DateTimeOffset AddedAt { get; init; }
    public DateTimeOffset? RemovedAt { get; set; }

    public bool IsCurrent => RemovedAt is null;
}
