using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Justice.Audit;

/// <summary>
/// The <c>security_audit</c> table in a service's model: the decisions the service made about access,
/// append-only (a trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks).
/// </summary>
public static class SecurityAuditModel
{
    internal const string Table = "security_audit";
    internal const int ActionMaxLength = 100;
    internal const int TextMaxLength = 200;
    internal const int OutcomeMaxLength = 50;
    internal const int CorrelationIdMaxLength = 64;

    // Names are spelled out, not left to a naming convention: the raw SQL of this building block depends on them.
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
            entry.Property(e => e.Outcome).HasColumnName("outcome").HasMaxLength(OutcomeMaxLength);
            entry.Property(e => e.CorrelationId).HasColumnName("correlation_id").HasMaxLength(CorrelationIdMaxLength);
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
}
