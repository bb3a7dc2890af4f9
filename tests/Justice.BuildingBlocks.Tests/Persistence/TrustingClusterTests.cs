using System.Diagnostics;
using Justice.Testing;
using Npgsql;

namespace Justice.BuildingBlocks.Tests.Persistence;

/// <summary>
/// A cluster that an earlier eng/postgres.sh created trusting its Unix socket (developers' data folders hold such
/// clusters) asks for the password there too once the script has started it again.
/// </summary>
public sealed class TrustingClusterTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"justice-trusting-{Guid.NewGuid():N}");
    private readonly string _password = Guid.NewGuid().ToString("N");
    private readonly int _port = FreePorts.Next();
    private Process? _server;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var passwordFile = Path.Combine(_folder, "password");
        await File.WriteAllTextAsync(passwordFile, _password + "\n");
        // As the script made clusters before: passwords over TCP, the socket trusted.
        var (exitCode, errors) = await Psql.RunAsync(["bash", "-c", """
            set -e; dir=$1; chown postgres "$dir" "$dir/password"
            bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
            setpriv --reuid=postgres --regid=postgres --clear-groups "$bin/initdb" -D "$dir/data" -U postgres \
              --pwfile="$dir/password" -A scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >/dev/null
            """, "initdb", _folder]);
        Assert.True(exitCode == 0, errors);

        _server = Process.Start(new ProcessStartInfo("bash",
            [Path.Combine(TestServers.RepositoryRoot, "eng", "postgres.sh"), _folder, _port.ToString(System.Globalization.CultureInfo.InvariantCulture), passwordFile, "--throwaway"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
    }

    [Fact]
    public async Task The_script_stops_trusting_the_socket_of_a_cluster_made_that_way()
    {
        var overTcp = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = _port, Username = "postgres", Password = _password, Database = "postgres", Pooling = false,
        }.ConnectionString;
        Assert.True(await Eventually.Holds(TimeSpan.FromSeconds(60), () => AnswersAsync(overTcp)), "The server did not start within 60 s.");

        var overSocket = new NpgsqlConnectionStringBuilder
        {
            Host = _folder, Port = _port, Username = "postgres", Database = "postgres", Pooling = false, Passfile = "/dev/null",
        }.ConnectionString;
        await using var connection = new NpgsqlConnection(overSocket);
        var refused = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());

        Assert.Contains("password", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" trust", await File.ReadAllTextAsync(Path.Combine(_folder, "data", "pg_hba.conf")), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            // The script turns SIGTERM into PostgreSQL's fast shutdown.
            using (var kill = Process.Start("kill", ["-TERM", _server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            await _server.WaitForExitAsync();
            _server.Dispose();
        }
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<bool> AnswersAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
