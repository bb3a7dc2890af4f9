namespace Justice.Training.Domain.Sessions;

public enum EnrolmentStatus
{
    Enrolled,
    Waiting,
    Withdrawn,
}

/// <summary>A participant's place in a session, with their attendance, tests and questionnaire.</summary>
public sealed class Enrolment
{
    public required Guid Id { get; init; }
    public required Guid SessionId { get; init; }
    /// <summary>A practitioner (regional sessions) or a decision maker (national sessions).</summary>
    public required Guid ParticipantId { get; init; }
    public required EnrolmentStatus Status { get; set; }
    public required DateTimeOffset EnrolledAt { get; init; }
    /// <summary>A national admin enrolled a practitioner of another region.</summary>
    public bool RegionOverridden { get; init; }
    public List<int> DaysAttended { get; init; } = [];
    public List<int>? PreTestAnswers { get; set; }
    public List<int>? PostTestAnswers { get; set; }
    public List<int>? ReactionRatings { get; set; }
    /// <summary>Set when the session completes: whether this participant met the completion rule.</summary>
    public bool? Completed { get; set; }
}
