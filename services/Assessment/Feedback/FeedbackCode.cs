namespace Justice.Assessment.Feedback;

/// <summary>
/// A code issued to one victim for one feedback questionnaire. It knows the victim; the answers it unlocks do not
/// (<see cref="FeedbackAnswer"/>).
/// </summary>
public sealed class FeedbackCode
{
    public required Guid Id { get; init; }
    /// <summary>SHA-256 of the normalised code (<see cref="FeedbackCodes.Hash"/>); the code itself is never stored.</summary>
    public required byte[] CodeHash { get; init; }
    public required Guid VictimId { get; init; }
    /// <summary>The victim's region, age group and language when the code was issued: what the answers will carry.</summary>
    public required string RegionCode { get; init; }
    public required string AgeGroup { get; init; }
    public required string Language { get; init; }
    public required DateTimeOffset IssuedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; set; }
    /// <summary>The account that issued it.</summary>
    public required string IssuedBy { get; init; }
    public DateTimeOffset? UsedAt { get; set; }

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;
}
