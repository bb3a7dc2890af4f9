namespace Justice.Audit;

/// <summary>One security decision: who, when (UTC), what, outcome, correlation id. Never a password or token.</summary>
public sealed class SecurityAuditEntry
{
    public long Id { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>The user or client id that acted, or the user name tried when sign-in failed.</summary>
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public string? Subject { get; init; }
    public required string Outcome { get; init; }
    public string? CorrelationId { get; init; }
}
