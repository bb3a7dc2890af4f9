-- One service's database, its login and its audit tables, as the AppHost provisions them locally
-- (services/BuildingBlocks/Persistence/DatabaseProvisioning.cs; Justice.Deploy.Tests checks that both give the same).
-- Run as the superuser, connected to the database postgres, before the service first starts and whenever its
-- password changes; it is idempotent:
--   psql "$SUPERUSER_URL" -v db=trainingdb -v password="$TRAININGDB_PASSWORD" -f deploy/postgres/provision.sql
\set ON_ERROR_STOP on
\set audit :db '_audit'

SELECT pg_advisory_lock(hashtext('justice-database-provisioning'));
SELECT format('CREATE ROLE %I', :'db') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'db') \gexec
SELECT format('CREATE ROLE %I', :'audit') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'audit') \gexec
-- The service's login: never superuser, makes no roles or databases.
ALTER ROLE :"db" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD :'password';
-- The audit table's owner: cannot sign in.
ALTER ROLE :"audit" WITH NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
REVOKE CONNECT ON DATABASE postgres, template1 FROM PUBLIC;
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'db') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
ALTER DATABASE :"db" OWNER TO :"db";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SELECT pg_advisory_unlock(hashtext('justice-database-provisioning'));

\connect :"db"
-- The security audit log: the service may INSERT and SELECT, nothing else; the triggers fire in every replication role.
CREATE SCHEMA IF NOT EXISTS audit AUTHORIZATION :"audit";
ALTER SCHEMA audit OWNER TO :"audit";
REVOKE ALL ON SCHEMA audit FROM PUBLIC, :"db";
GRANT USAGE ON SCHEMA audit TO :"db";
SET ROLE :"audit";
CREATE TABLE IF NOT EXISTS audit.security_audit (
  id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_security_audit PRIMARY KEY,
  occurred_at timestamp with time zone NOT NULL,
  actor character varying(200) NOT NULL,
  action character varying(100) NOT NULL,
  subject character varying(200),
  outcome character varying(50) NOT NULL,
  correlation_id character varying(64));
CREATE INDEX IF NOT EXISTS ix_security_audit_occurred_at ON audit.security_audit (occurred_at);
CREATE OR REPLACE FUNCTION audit.security_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the security audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE OR REPLACE TRIGGER security_audit_no_update_or_delete BEFORE UPDATE OR DELETE ON audit.security_audit
  FOR EACH ROW EXECUTE FUNCTION audit.security_audit_is_append_only();
CREATE OR REPLACE TRIGGER security_audit_no_truncate BEFORE TRUNCATE ON audit.security_audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit.security_audit_is_append_only();
ALTER TABLE audit.security_audit ENABLE ALWAYS TRIGGER security_audit_no_update_or_delete;
ALTER TABLE audit.security_audit ENABLE ALWAYS TRIGGER security_audit_no_truncate;
REVOKE ALL ON audit.security_audit FROM PUBLIC, :"db";
GRANT SELECT, INSERT ON audit.security_audit TO :"db";
RESET ROLE;
-- The log of reads of personal data: the same grants and append-only triggers, and a BEFORE INSERT trigger that numbers
-- each row and chains its SHA-256 hash to the previous row's (services/BuildingBlocks/Audit/PersonalDataReadModel.cs).
SET ROLE :"audit";
CREATE TABLE IF NOT EXISTS audit.personal_data_reads (
  id bigint NOT NULL CONSTRAINT pk_personal_data_reads PRIMARY KEY,
  occurred_at timestamp with time zone NOT NULL,
  actor character varying(200) NOT NULL,
  role character varying(50) NOT NULL,
  region character varying(50),
  subject character varying(200) NOT NULL,
  purpose character varying(50) NOT NULL,
  outcome character varying(50) NOT NULL,
  correlation_id character varying(64),
  previous_hash bytea NOT NULL,
  hash bytea NOT NULL);
CREATE OR REPLACE FUNCTION audit.personal_data_reads_hash(previous bytea, row_ audit.personal_data_reads) RETURNS bytea
  LANGUAGE sql STABLE AS $$
    SELECT sha256(previous || convert_to(concat_ws(chr(31), row_.id::text,
      to_char(row_.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), row_.actor, row_.role,
      coalesce(row_.region, ''), row_.subject, row_.purpose, row_.outcome, coalesce(row_.correlation_id, '')), 'UTF8'))
  $$;
CREATE OR REPLACE FUNCTION audit.personal_data_reads_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE last record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit.personal_data_reads'));
  SELECT id, hash INTO last FROM audit.personal_data_reads ORDER BY id DESC LIMIT 1;
  NEW.id := coalesce(last.id, 0) + 1;
  NEW.previous_hash := coalesce(last.hash, '\x'::bytea);
  NEW.hash := audit.personal_data_reads_hash(NEW.previous_hash, NEW);
  RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION audit.personal_data_reads_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the personal data read log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE OR REPLACE TRIGGER personal_data_reads_chain BEFORE INSERT ON audit.personal_data_reads
  FOR EACH ROW EXECUTE FUNCTION audit.personal_data_reads_chain();
CREATE OR REPLACE TRIGGER personal_data_reads_no_update_or_delete BEFORE UPDATE OR DELETE ON audit.personal_data_reads
  FOR EACH ROW EXECUTE FUNCTION audit.personal_data_reads_is_append_only();
CREATE OR REPLACE TRIGGER personal_data_reads_no_truncate BEFORE TRUNCATE ON audit.personal_data_reads
  FOR EACH STATEMENT EXECUTE FUNCTION audit.personal_data_reads_is_append_only();
ALTER TABLE audit.personal_data_reads ENABLE ALWAYS TRIGGER personal_data_reads_chain;
ALTER TABLE audit.personal_data_reads ENABLE ALWAYS TRIGGER personal_data_reads_no_update_or_delete;
ALTER TABLE audit.personal_data_reads ENABLE ALWAYS TRIGGER personal_data_reads_no_truncate;
REVOKE ALL ON audit.personal_data_reads FROM PUBLIC, :"db";
GRANT SELECT, INSERT ON audit.personal_data_reads TO :"db";
RESET ROLE;
