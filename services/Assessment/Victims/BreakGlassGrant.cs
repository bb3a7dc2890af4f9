namespace Justice.Assessment.Victims;

/// <summary>
/// A coordinator of another region reading one victim's record in an emergency, for a stated reason, for
/// <see cref="Lifetime"/>. National admins review every grant.
/// </summary>
public sealed class BreakGlassGrant
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(60);
    public const int MaxReasonLength = 500;

    public required Guid Id { get; init; }
    public required Guid VictimId { get; init; }
    public required string GrantedTo { get; init; }
    public required string GranteeRegion { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset GrantedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
}
