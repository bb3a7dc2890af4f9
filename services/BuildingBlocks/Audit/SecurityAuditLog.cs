using Justice.Security;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Justice.Audit;

/// <summary>
/// Writes security decisions to the service's <c>security_audit</c> table at once, on a connection of its own:
/// an entry commits whatever becomes of the request's transaction, and a caller who hangs up does not cancel it.
/// If the entry cannot be written the exception propagates, so the audited request fails rather than going unrecorded.
/// </summary>
public sealed class SecurityAuditLog(NpgsqlDataSource database, TimeProvider clock)
{
    /// <summary>
    /// Records a decision about the current request. The actor is the caller of the token, unless
    /// <paramref name="actor"/> names another (a user signing in has no token yet).
    /// </summary>
    public Task RecordAsync(HttpContext http, string action, string? subject, string outcome, string? actor = null) =>
        RecordAsync(new SecurityAuditEntry
        {
            OccurredAt = clock.GetUtcNow(),
            // An entry that does not fit is cut, never lost: the audit must not fail the request it records.
            Actor = Cut(actor ?? http.User.FindFirst(JusticeClaims.Subject)?.Value ?? "anonymous", SecurityAuditModel.TextMaxLength),
            Action = Cut(action, SecurityAuditModel.ActionMaxLength),
            Subject = subject is null ? null : Cut(subject, SecurityAuditModel.TextMaxLength),
            Outcome = Cut(outcome, SecurityAuditModel.OutcomeMaxLength),
            // Set (validated or new) by the correlation middleware of the service defaults.
            CorrelationId = http.Request.Headers["X-Correlation-Id"].ToString() is { Length: > 0 and <= SecurityAuditModel.CorrelationIdMaxLength } id
                ? id : null,
        });

    /// <summary>Adds one entry.</summary>
    public async Task RecordAsync(SecurityAuditEntry entry)
    {
        await using var command = database.CreateCommand($"""
            INSERT INTO {SecurityAuditModel.QualifiedTable} (occurred_at, actor, action, subject, outcome, correlation_id)
            VALUES ($1, $2, $3, $4, $5, $6)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = entry.OccurredAt });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Actor });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Action });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.Subject ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Outcome });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.CorrelationId ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private static string Cut(string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;
}
