namespace Justice.Audit;

/// <summary>
/// The <c>audit.personal_data_reads</c> table: one row per read of someone's personal data, append-only and
/// hash-chained. Like <see cref="SecurityAuditModel"/> it belongs to the audit role that cannot sign in; the service's
/// login may only INSERT and SELECT, and triggers refuse UPDATE, DELETE and TRUNCATE whoever asks. A BEFORE INSERT
/// trigger numbers each row and sets its hash, SHA-256 over the previous row's hash and the row's own content, under a
/// transaction lock so that concurrent writers chain one after another.
/// </summary>
public static class PersonalDataReadModel
{
    internal const string Table = "personal_data_reads";
    internal const string QualifiedTable = SecurityAuditModel.Schema + "." + Table;
    internal const string HashFunction = SecurityAuditModel.Schema + "." + Table + "_hash";
    internal const int TextMaxLength = 200;
    internal const int ShortMaxLength = 50;

    /// <summary>Creates (or re-applies) the table, its functions, triggers and grants; idempotent, run as the superuser.</summary>
    public static string ProvisioningSql(string ownerRole, string serviceLogin) => $"""
        SET ROLE "{ownerRole}";
        CREATE TABLE IF NOT EXISTS {QualifiedTable} (
          id bigint NOT NULL CONSTRAINT pk_{Table} PRIMARY KEY,
          occurred_at timestamp with time zone NOT NULL,
          actor character varying({TextMaxLength}) NOT NULL,
          role character varying({ShortMaxLength}) NOT NULL,
          region character varying({ShortMaxLength}),
          subject character varying({TextMaxLength}) NOT NULL,
          purpose character varying({ShortMaxLength}) NOT NULL,
          outcome character varying({ShortMaxLength}) NOT NULL,
          correlation_id character varying({SecurityAuditModel.CorrelationIdMaxLength}),
          previous_hash bytea NOT NULL,
          hash bytea NOT NULL);
        CREATE OR REPLACE FUNCTION {HashFunction}(previous bytea, row_ {QualifiedTable}) RETURNS bytea
          LANGUAGE sql STABLE AS $$
            SELECT sha256(previous || convert_to(concat_ws(chr(31), row_.id::text,
              to_char(row_.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), row_.actor, row_.role,
              coalesce(row_.region, ''), row_.subject, row_.purpose, row_.outcome, coalesce(row_.correlation_id, '')), 'UTF8'))
          $$;
        CREATE OR REPLACE FUNCTION {SecurityAuditModel.Schema}.{Table}_chain() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE last record;
        BEGIN
          PERFORM pg_advisory_xact_lock(hashtext('{QualifiedTable}'));
          SELECT id, hash INTO last FROM {QualifiedTable} ORDER BY id DESC LIMIT 1;
          NEW.id := coalesce(last.id, 0) + 1;
          NEW.previous_hash := coalesce(last.hash, '\x'::bytea);
          NEW.hash := {HashFunction}(NEW.previous_hash, NEW);
          RETURN NEW;
        END $$;
        CREATE OR REPLACE FUNCTION {SecurityAuditModel.Schema}.{Table}_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the personal data read log is append-only' USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE OR REPLACE TRIGGER {Table}_chain BEFORE INSERT ON {QualifiedTable}
          FOR EACH ROW EXECUTE FUNCTION {SecurityAuditModel.Schema}.{Table}_chain();
        CREATE OR REPLACE TRIGGER {Table}_no_update_or_delete BEFORE UPDATE OR DELETE ON {QualifiedTable}
          FOR EACH ROW EXECUTE FUNCTION {SecurityAuditModel.Schema}.{Table}_is_append_only();
        CREATE OR REPLACE TRIGGER {Table}_no_truncate BEFORE TRUNCATE ON {QualifiedTable}
          FOR EACH STATEMENT EXECUTE FUNCTION {SecurityAuditModel.Schema}.{Table}_is_append_only();
        ALTER TABLE {QualifiedTable} ENABLE ALWAYS TRIGGER {Table}_chain;
        ALTER TABLE {QualifiedTable} ENABLE ALWAYS TRIGGER {Table}_no_update_or_delete;
        ALTER TABLE {QualifiedTable} ENABLE ALWAYS TRIGGER {Table}_no_truncate;
        REVOKE ALL ON {QualifiedTable} FROM PUBLIC, "{serviceLogin}";
        GRANT SELECT, INSERT ON {QualifiedTable} TO "{serviceLogin}";
        RESET ROLE;
        """;
}
