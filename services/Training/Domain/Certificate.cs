namespace Justice.Training.Domain;

/// <summary>
/// Proof that a participant completed a training. What it shows is copied at issue time, so a certificate
/// keeps saying what it said; the PDF is rendered from it on demand.
/// </summary>
public sealed class Certificate
{
    public required Guid Id { get; init; }
    /// <summary>Drawn from a database sequence: the serial part of the certificate number.</summary>
    public long Serial { get; init; }
    public required string VerificationCode { get; init; }
    public required Guid SessionId { get; init; }
    /// <summary>The practitioner or decision maker who completed the training.</summary>
    public required Guid HolderId { get; init; }
    /// <summary>Personal data of the holder: shown to authorised readers and to whoever holds the verification code.</summary>
    public required string HolderName { get; init; }
    public required string TrainingTitle { get; init; }
    public string? RegionCode { get; init; }
    public required DateOnly CompletedOn { get; init; }
    /// <summary>The holder's chosen language: bg, en or fr.</summary>
    public required string Language { get; init; }
    public required DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevocationReason { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Revokes the certificate once; returns false when it already was.</summary>
    public bool Revoke(string reason, DateTimeOffset now)
    {
        if (IsRevoked)
        {
            return false;
        }
        RevokedAt = now;
        RevocationReason = reason;
        return true;
    }
}

/// <summary>
/// A methodological-support (supervision) session held in a region after its training: who took part,
/// how many cases were discussed (a number only: no case or victim data), which competencies were worked on.
/// </summary>
public sealed class SupervisionSession
{
    public required Guid Id { get; init; }
    public required string RegionCode { get; init; }
    public required DateOnly HeldOn { get; init; }
    public required string Supervisor { get; init; }
    public Guid? TrainingSessionId { get; init; }
    public required List<Guid> PractitionerIds { get; init; }
    public required int CasesDiscussed { get; init; }
    public required List<string> Competencies { get; init; }
    public required string RecordedBy { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
}
