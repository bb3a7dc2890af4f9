using System.Security.Cryptography;
using Justice.Persistence;
using Npgsql;

namespace Justice.Testing;

/// <summary>
/// A database of its own for one test class, provisioned as the AppHost provisions a service's (its own login, which
/// owns it and nothing else; the audit table the login may only add to and read), and dropped afterwards with its
/// roles. The service under test connects with <see cref="ConnectionString"/>, so tests exercise the real grants.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _server;

    public TestDatabase(string prefix) : this(prefix, TestServers.Postgres)
    {
    }

    /// <param name="prefix">The start of the database's name.</param>
    /// <param name="server">The superuser's connection string of the server it is made on (a server of the test's own).</param>
    public TestDatabase(string prefix, string server)
    {
        _server = server;
        Name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        Password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        // Test classes make their databases in field initialisers; the provisioning never resumes on their context.
        DatabaseProvisioning.ProvisionAsync(server, Name, Password).GetAwaiter().GetResult();
        ConnectionString = DatabaseProvisioning.LoginConnectionString(server, Name, Password);
        SuperuserConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    /// <summary>The database's name, which is also its login's.</summary>
    public string Name { get; }

    /// <summary>The login's password.</summary>
    public string Password { get; }

    /// <summary>The service's own login: what the service under test connects with.</summary>
    public string ConnectionString { get; }

    /// <summary>The server's superuser in this database: what tests look behind the service's back with.</summary>
    public string SuperuserConnectionString { get; }

    /// <summary>The first column of the first row of <paramref name="sql"/>, run as the superuser.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(SuperuserConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs <paramref name="sql"/> as the superuser.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(SuperuserConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            DROP DATABASE IF EXISTS "{Name}" WITH (FORCE);
            DROP ROLE IF EXISTS "{Name}", "{DatabaseProvisioning.AuditRole(Name)}";
            """, connection);
        await command.ExecuteNonQueryAsync();
    }
}
