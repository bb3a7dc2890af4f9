namespace Justice.Training.Domain.Sessions;

/// <summary>Where a session is in its lifecycle (see <see cref="SessionLifecycle"/>).</summary>
public enum SessionStatus
{
    Planned,
    Open,
    InProgress,
    Completed,
    Cancelled,
}
