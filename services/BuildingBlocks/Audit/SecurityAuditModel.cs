using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Justice.Audit;

/// <summary>
/// The <c>audit.security_audit</c> table of a service's database: the decisions the service made about access,
/// append-only. The service's login may only INSERT and SELECT: the table, its schema and its triggers belong to a
/// role of their own that cannot sign in (<see cref="ProvisioningSql"/>), so the service can neither change nor drop
/// them, and a trigger refuses UPDATE, DELETE and TRUNCATE whoever asks, the superuser too.
/// </summary>
public static class SecurityAuditModel
{
    public const string Schema = "audit";
    internal const string Table = "security_audit";
    internal const string QualifiedTable = Schema + "." + Table;
    internal const int ActionMaxLength = 100;
    internal const int TextMaxLength = 200;
    internal const int OutcomeMaxLength = 50;
    internal const int CorrelationIdMaxLength = 64;

    /// <summary>
    /// Maps the table for queries. Migrations leave it alone: the database's provisioning creates it, as its owner
    /// (<see cref="ProvisioningSql"/>), because a table the service created would be the service's to drop.
    /// </summary>
    // Names are spelled out, not left to a naming convention: the raw SQL of this building block depends on them.
    public static ModelBuilder AddSecurityAudit(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SecurityAuditEntry>(entry =>
        {
            entry.ToTable(Table, Schema, table => table.ExcludeFromMigrations());
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

    /// <summary>
    /// Creates (or re-applies) the table in the schema <see cref="Schema"/>, owned by <paramref name="ownerRole"/>
    /// (a role that cannot sign in), with its append-only triggers, and lets <paramref name="serviceLogin"/> INSERT
    /// and SELECT only. Run by the superuser, connected to the service's database, on every provisioning: it is
    /// idempotent. The role names must be plain identifiers (the caller checks them).
    /// </summary>
    public static string ProvisioningSql(string ownerRole, string serviceLogin) => $"""
        CREATE SCHEMA IF NOT EXISTS {Schema} AUTHORIZATION "{ownerRole}";
        ALTER SCHEMA {Schema} OWNER TO "{ownerRole}";
        REVOKE ALL ON SCHEMA {Schema} FROM PUBLIC, "{serviceLogin}";
        GRANT USAGE ON SCHEMA {Schema} TO "{serviceLogin}";
        SET ROLE "{ownerRole}";
        CREATE TABLE IF NOT EXISTS {QualifiedTable} (
          id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_security_audit PRIMARY KEY,
          occurred_at timestamp with time zone NOT NULL,
          actor character varying({TextMaxLength}) NOT NULL,
          action character varying({ActionMaxLength}) NOT NULL,
          subject character varying({TextMaxLength}),
          outcome character varying({OutcomeMaxLength}) NOT NULL,
          correlation_id character varying({CorrelationIdMaxLength}));
        CREATE INDEX IF NOT EXISTS ix_security_audit_occurred_at ON {QualifiedTable} (occurred_at);
        CREATE OR REPLACE FUNCTION {Schema}.{Table}_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the security audit log is append-only' USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE OR REPLACE TRIGGER {Table}_no_update_or_delete BEFORE UPDATE OR DELETE ON {QualifiedTable}
          FOR EACH ROW EXECUTE FUNCTION {Schema}.{Table}_is_append_only();
        CREATE OR REPLACE TRIGGER {Table}_no_truncate BEFORE TRUNCATE ON {QualifiedTable}
          FOR EACH STATEMENT EXECUTE FUNCTION {Schema}.{Table}_is_append_only();
        ALTER TABLE {QualifiedTable} ENABLE ALWAYS TRIGGER {Table}_no_update_or_delete;
        ALTER TABLE {QualifiedTable} ENABLE ALWAYS TRIGGER {Table}_no_truncate;
        REVOKE ALL ON {QualifiedTable} FROM PUBLIC, "{serviceLogin}";
        GRANT SELECT, INSERT ON {QualifiedTable} TO "{serviceLogin}";
        RESET ROLE;
        """;

    /// <summary>
    /// The first migrations of each service created the table in <c>public</c>, as the service; this is how they made
    /// it append-only. Kept for those migrations only: see <see cref="MoveSecurityAuditToAuditSchema"/>.
    /// </summary>
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
    /// Call from the migration that leaves the service's own <c>public.security_audit</c>: its entries, oldest first,
    /// join the table the provisioning made in <see cref="Schema"/>, then the old table and its function go.
    /// </summary>
    public static void MoveSecurityAuditToAuditSchema(this MigrationBuilder migration)
    {
        migration.Sql($"""
            INSERT INTO {QualifiedTable} (occurred_at, actor, action, subject, outcome, correlation_id)
              SELECT occurred_at, actor, action, subject, outcome, correlation_id FROM public.{Table} ORDER BY id;
            DROP TABLE public.{Table};
            DROP FUNCTION public.{Table}_is_append_only();
            """);
    }
}
