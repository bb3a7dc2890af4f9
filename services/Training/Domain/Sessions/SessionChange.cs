namespace Justice.Training.Domain.Sessions;

/// <summary>The outcome of a change to a session.</summary>
public sealed record SessionChange(bool Succeeded, string? RefusedBecause, string? Field, string? Error, bool ParticipantMissing)
{
    public static readonly SessionChange Done = new(true, null, null, null, false);
    public static readonly SessionChange NotParticipant = new(false, null, null, null, true);

    public static SessionChange Refused(string reason) => new(false, reason, null, null, false);

    public static SessionChange Invalid(string field, string error) => new(false, null, field, error, false);
}

/// <summary>The outcome of an enrolment or a withdrawal.</summary>
public sealed record EnrolmentChange(Enrolment? Enrolment, Enrolment? Promoted, string? RefusedBecause, bool ParticipantMissing)
{
    public static readonly EnrolmentChange NotEnrolled = new(null, null, null, true);

    public static EnrolmentChange To(Enrolment enrolment, Enrolment? promoted = null) => new(enrolment, promoted, null, false);

    public static EnrolmentChange Refused(string reason) => new(null, null, reason, false);
}
