using Justice.Testing;
using Npgsql;

namespace Justice.BuildingBlocks.Tests.Persistence;

/// <summary>
/// The server eng/postgres.sh runs trusts no local account: its Unix socket wants a password like TCP does, and the
/// socket's folder is closed to every OS user but the server's own.
/// </summary>
public sealed class LocalSocketTests
{
    [Fact]
    public async Task The_socket_wants_a_password_from_every_local_account()
    {
        var (folder, port) = await SocketAsync();
        var withoutPassword = new NpgsqlConnectionStringBuilder
        {
            Host = folder, Port = port, Username = "postgres", Database = "postgres", Pooling = false,
            // Neither a password file nor PGPASSWORD may stand in for the password the test leaves out.
            Passfile = "/dev/null",
        };
        Environment.SetEnvironmentVariable("PGPASSWORD", null);
        await using var connection = new NpgsqlConnection(withoutPassword.ConnectionString);

        var refused = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());

        Assert.Contains("password", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Another_os_user_cannot_enter_the_sockets_folder()
    {
        Assert.True(Environment.IsPrivilegedProcess, "The test switches to the user nobody, which needs root (as eng/test.sh runs).");
        var (folder, port) = await SocketAsync();

        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(folder) & (UnixFileMode.GroupExecute | UnixFileMode.OtherExecute
            | UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        var (exitCode, errors) = await Psql.RunAsync(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
            Psql.Path, "-h", folder, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", "postgres", "-d", "postgres", "-w", "-c", "select 1"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Permission denied", errors, StringComparison.Ordinal);
    }

    /// <summary>The folder of the test server's socket and its port, as the server itself says.</summary>
    private static async Task<(string Folder, int Port)> SocketAsync()
    {
        await using var connection = new NpgsqlConnection(TestServers.Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select current_setting('unix_socket_directories'), current_setting('port')::int", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0).Split(',')[0].Trim(), reader.GetInt32(1));
    }
}
