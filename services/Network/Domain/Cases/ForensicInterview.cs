namespace Justice.Network.Domain.Cases;

/// <summary>
/// A forensic interview of the case's victim (Art. 23(2), 24(1)(a)): when, by whom (Training's practitioner id, a
/// member of the roster), in premises adapted for the purpose or not, recorded audiovisually or not.
/// </summary>
public sealed class ForensicInterview
{
    public required Guid Id { get; init; }
    public required Guid CaseId { get; init; }
    public required DateTimeOffset HeldAt { get; init; }
    public required Guid InterviewerId { get; init; }
    public required bool AdaptedPremises { get; init; }
    public required bool AudiovisualRecording { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
}
