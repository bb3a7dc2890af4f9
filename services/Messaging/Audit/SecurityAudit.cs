using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Justice.Messaging.Audit;

/// <summary>
/// The security audit log of a service: the decisions it made about access, in its own database,
/// append-only (a trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks).
/// </summary>
public static class SecurityAudit
{
    internal const string Table = "security_audit";
    private const int ActionMaxLength = 100;
    private const int TextMaxLength = 200;

    public static ModelBuilder AddSecurityAudit(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SecurityAuditEntry>(entry =>
        {
            entry.ToTable(Table);
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            entry.Property(e => e.OccurredAt).HasColumnName("occurred_at");
            entry.Property(e => e.Actor).HasColumnName("actor").HasMaxLength(TextMaxLength);
            entry.Property(e => e.Action).HasColumnName("action").HasMaxLength(ActionMaxLength);
            entry.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(TextMaxLength);
            entry.Property(e => e.Outcome).HasColumnName("outcome").HasMaxLength(50);
            entry.Property(e => e.CorrelationId).HasColumnName("correlation_id").HasMaxLength(64);
            entry.HasIndex(e => e.OccurredAt);
        });
        return modelBuilder;
    }

    /// <summary>Call from the migration that creates the table: from then on rows can only be added.</summary>
    public static void MakeSecurityAuditAppendOnly(this MigrationBuilder migration)
    {
        migration.Sql($"""
            CREATE FUNCTION {Table}_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'the security audit log is append-only' USING ERRCODE = 'insufficient_privilege';
            END $$;
            CREATE TRIGGER {Table}_no_update_or_delete BEFORE UPDATE OR DELETE ON {Table}
              FOR EACH ROW EXECUTE FUNCTION {Table}_is_append_only();
            CREATE TRIGGER {Table}_no_truncate BEFORE TRUNCATE ON {Table}
              FOR EACH STATEMENT EXECUTE FUNCTION {Table}_is_append_only();
            """);
    }

    /// <summary>
    /// Records a decision about the current request at once. The actor is the caller of the token, unless
    /// <paramref name="actor"/> names another (a user signing in has no token yet).
    /// </summary>
    public static Task RecordAsync(this DbContext db, HttpContext http, string action, string? subject, string outcome,
        string? actor = null) =>
        db.RecordAsync(new SecurityAuditEntry
        {
            OccurredAt = DateTimeOffset.UtcNow,
            // An entry that does not fit is cut, never lost: the audit must not fail the request it records.
            Actor = Truncate(actor ?? http.User.FindFirst("sub")?.Value ?? "anonymous", TextMaxLength),
            Action = Truncate(action, ActionMaxLength),
            Subject = subject is null ? null : Truncate(subject, TextMaxLength),
            Outcome = outcome,
            // Set (validated or new) by the correlation middleware of the service defaults.
            CorrelationId = http.Request.Headers["X-Correlation-Id"].ToString() is { Length: > 0 and <= 64 } id ? id : null,
        }, http.RequestAborted);

    /// <summary>Adds one entry at once, outside any pending change of the caller's context.</summary>
    public static Task RecordAsync(this DbContext db, SecurityAuditEntry entry, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO security_audit (occurred_at, actor, action, subject, outcome, correlation_id)
            VALUES ({entry.OccurredAt}, {entry.Actor}, {entry.Action}, {entry.Subject}, {entry.Outcome}, {entry.CorrelationId})
            """, cancellationToken);

    private static string Truncate(string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;
}
