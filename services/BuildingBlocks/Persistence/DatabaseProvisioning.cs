using System.Text.RegularExpressions;
using Justice.Audit;
using Npgsql;

namespace Justice.Persistence;

/// <summary>
/// Gives a service its database on a PostgreSQL server, as the superuser, before the service starts: a login of its
/// own (named as its database, never superuser, no CREATEDB, no CREATEROLE) that owns its database and nothing
/// else, a database no other login may connect to, and the security audit table owned by a role that cannot sign in
/// (<c>&lt;database&gt;_audit</c>), on which the service may only INSERT and SELECT, and beside it the hash-chained log of
/// reads of personal data (<see cref="PersonalDataReadModel"/>). Idempotent: every start re-applies
/// the login's attributes and password, the grants and the audit table. The AppHost and the tests both provision
/// through here, so tests run against the grants production has.
/// </summary>
public static partial class DatabaseProvisioning
{
    /// <summary>Provisions <paramref name="database"/> with its login's <paramref name="password"/>.</summary>
    /// <param name="superuser">A superuser's connection string to the server (its database is ignored).</param>
    // ConfigureAwait(false) throughout: test classes call this from their constructors and wait for it.
    public static async Task ProvisionAsync(string superuser, string database, string password, CancellationToken cancellationToken = default)
    {
        CheckName(database);
        var auditRole = AuditRole(database);
        await using (var server = await OpenAsync(superuser, "postgres", cancellationToken).ConfigureAwait(false))
        {
            // Serialised across provisioners: concurrent GRANT and REVOKE on the same database collide.
            await ExecuteAsync(server, "SELECT pg_advisory_lock(hashtext('justice-database-provisioning'))", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(server, $"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{database}') THEN CREATE ROLE "{database}"; END IF;
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{auditRole}') THEN CREATE ROLE "{auditRole}"; END IF;
                END $$;
                ALTER ROLE "{database}" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT
                  PASSWORD {Literal(password)};
                ALTER ROLE "{auditRole}" WITH NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
                REVOKE CONNECT ON DATABASE postgres, template1 FROM PUBLIC;
                """, cancellationToken).ConfigureAwait(false);
            if (!await ExistsAsync(server, database, cancellationToken).ConfigureAwait(false))
            {
                await ExecuteAsync(server, $"""CREATE DATABASE "{database}" OWNER "{database}" """, cancellationToken).ConfigureAwait(false);
            }
            await ExecuteAsync(server, $"""
                ALTER DATABASE "{database}" OWNER TO "{database}";
                REVOKE ALL ON DATABASE "{database}" FROM PUBLIC;
                """, cancellationToken).ConfigureAwait(false);
        }

        await using var own = await OpenAsync(superuser, database, cancellationToken).ConfigureAwait(false);
        // Databases migrated as the superuser before logins existed: their tables become the login's.
        await ExecuteAsync(own, $"""
            DO $$ DECLARE object record; BEGIN
              -- Tables, views and sequences of their own (a column's sequence follows its table).
              FOR object IN SELECT c.oid::regclass AS name FROM pg_class c
                  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                    AND c.relowner IN (SELECT oid FROM pg_roles WHERE rolsuper)
                    AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                      AND d.deptype IN ('a', 'i')) LOOP
                EXECUTE format('ALTER TABLE %s OWNER TO "{database}"', object.name);
              END LOOP;
              FOR object IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                  WHERE p.pronamespace = 'public'::regnamespace AND p.proowner IN (SELECT oid FROM pg_roles WHERE rolsuper) LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO "{database}"', object.name);
              END LOOP;
            END $$;
            """, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(own, SecurityAuditModel.ProvisioningSql(auditRole, database), cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(own, PersonalDataReadModel.ProvisioningSql(auditRole, database), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The role that owns the audit table of <paramref name="database"/>; it cannot sign in.</summary>
    public static string AuditRole(string database) => database + "_audit";

    /// <summary>The service's connection string: <paramref name="server"/>'s address, its own login and database.</summary>
    public static string LoginConnectionString(string server, string database, string password) =>
        new NpgsqlConnectionStringBuilder(server) { Username = database, Password = password, Database = database }.ConnectionString;

    private static void CheckName(string database)
    {
        if (!PlainName().IsMatch(database))
        {
            throw new ArgumentException($"'{database}' is not a plain database name (a-z, 0-9, _; at most 57 characters).", nameof(database));
        }
    }

    private static string Literal(string text) =>
        text.Any(char.IsControl) ? throw new ArgumentException("A password has no control characters.", nameof(text))
            : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task<NpgsqlConnection> OpenAsync(string superuser, string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(superuser) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection server, string database, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", server);
        command.Parameters.Add(new NpgsqlParameter { Value = database });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,56}$")]
    private static partial Regex PlainName();
}
