using Justice.Persistence;
using Justice.Testing;
using Npgsql;

namespace Justice.BuildingBlocks.Tests.Persistence;

/// <summary>
/// deploy/postgres/provision.sql, which operators run in a cluster, gives a database what the AppHost and the tests
/// give it through <see cref="DatabaseProvisioning"/>: the same login, roles, grants, audit tables and triggers.
/// </summary>
public sealed class ProvisioningScriptTests : IAsyncLifetime
{
    private readonly TestDatabase _byCode = new("provcode");
    private readonly string _byScript = $"provscript_{Guid.NewGuid():N}";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _byCode.DisposeAsync();
        await using var connection = new NpgsqlConnection(TestServers.Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"""
            DROP DATABASE IF EXISTS "{_byScript}" WITH (FORCE);
            DROP ROLE IF EXISTS "{_byScript}", "{DatabaseProvisioning.AuditRole(_byScript)}";
            """, connection);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_clusters_script_provisions_a_database_as_the_AppHost_does()
    {
        var server = new NpgsqlConnectionStringBuilder(TestServers.Postgres);
        var script = Path.Combine(TestServers.RepositoryRoot, "deploy", "postgres", "provision.sql");

        // Twice, as every start does: the second run must change nothing and fail on nothing.
        for (var run = 0; run < 2; run++)
        {
            var (exitCode, errors) = await Psql.RunAsync([Psql.Path, "-X", "-q", "-v", $"db={_byScript}", "-v", "password=from-the-script", "-f", script],
                new Dictionary<string, string>
                {
                    ["PGHOST"] = server.Host!, ["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["PGUSER"] = server.Username!, ["PGPASSWORD"] = server.Password!, ["PGDATABASE"] = "postgres",
                });
            Assert.True(exitCode == 0, errors);
        }

        Assert.Equal(await DescribeAsync(_byCode.Name), await DescribeAsync(_byScript));
        var login = DatabaseProvisioning.LoginConnectionString(TestServers.Postgres, _byScript, "from-the-script");
        await using var connection = new NpgsqlConnection(login + ";Pooling=false");
        await connection.OpenAsync();
    }

    /// <summary>What provisioning decides about a database, one line a fact, its name replaced by <c>{db}</c>.</summary>
    private static async Task<string> DescribeAsync(string database)
    {
        var cluster = await QueryAsync("postgres", $"""
            SELECT format('role %s %s %s %s %s %s %s %s', rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin,
                rolreplication, rolbypassrls)
              FROM pg_roles WHERE rolname IN ('{database}', '{DatabaseProvisioning.AuditRole(database)}')
            UNION ALL
            SELECT format('database %s owned by %s, %s', datname, pg_get_userbyid(datdba), datacl)
              FROM pg_database WHERE datname IN ('{database}', 'postgres', 'template1')
            """);
        var inside = await QueryAsync(database, $"""
            SELECT format('schema %s owned by %s, %s', nspname, pg_get_userbyid(nspowner), nspacl) FROM pg_namespace WHERE nspname = 'audit'
            UNION ALL
            SELECT format('table %s owned by %s, %s', relname, pg_get_userbyid(relowner), relacl) FROM pg_class
              WHERE relnamespace = 'audit'::regnamespace
            UNION ALL
            SELECT format('column %s.%s %s %s', attrelid::regclass, attname, format_type(atttypid, atttypmod), attnotnull) FROM pg_attribute
              WHERE attrelid IN ('audit.security_audit'::regclass, 'audit.personal_data_reads'::regclass) AND attnum > 0
            UNION ALL
            SELECT format('trigger %s %s %s', tgname, tgenabled, pg_get_triggerdef(oid)) FROM pg_trigger
              WHERE tgrelid IN ('audit.security_audit'::regclass, 'audit.personal_data_reads'::regclass)
            UNION ALL
            SELECT format('function %s owned by %s: %s', proname, pg_get_userbyid(proowner), prosrc) FROM pg_proc
              WHERE pronamespace = 'audit'::regnamespace
            """);
        return string.Join('\n', cluster.Concat(inside).Select(line => line.Replace(database, "{db}", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> QueryAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
        }
        return lines;
    }
}
