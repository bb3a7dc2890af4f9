namespace Justice.Training.Domain.Sessions;

/// <summary>Planned → open for enrolment → in progress → completed; cancelled from any state before completion.</summary>
public static class SessionLifecycle
{
    public static bool Allows(SessionStatus from, SessionStatus to) => (from, to) switch
    {
        (SessionStatus.Planned, SessionStatus.Open) => true,
        (SessionStatus.Open, SessionStatus.InProgress) => true,
        (SessionStatus.InProgress, SessionStatus.Completed) => true,
        (SessionStatus.Planned or SessionStatus.Open or SessionStatus.InProgress, SessionStatus.Cancelled) => true,
        _ => false,
    };

    /// <summary>Every status as the API spells it.</summary>
    public static readonly IReadOnlyList<string> Names = [.. Enum.GetValues<SessionStatus>().Select(Describe)];

    /// <summary>The status the API spelling names; null for none.</summary>
    public static SessionStatus? Parse(string name) =>
        Enum.GetValues<SessionStatus>().Cast<SessionStatus?>().FirstOrDefault(status => Describe(status!.Value) == name);

    /// <summary>The status as the API spells it.</summary>
    public static string Describe(SessionStatus status) => status switch
    {
        SessionStatus.Planned => "planned",
        SessionStatus.Open => "open",
        SessionStatus.InProgress => "in-progress",
        SessionStatus.Completed => "completed",
        _ => "cancelled",
    };
}

/// <summary>Completion: attended every day of the session and took the post-test.</summary>
public static class CompletionRule
{
    public static bool IsMet(Enrolment participant, int days) =>
        participant.Status == EnrolmentStatus.Enrolled
        && participant.PostTestAnswers is not null
        && Enumerable.Range(1, days).All(participant.DaysAttended.Contains);
}
