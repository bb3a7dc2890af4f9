using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Justice.Testing;

/// <summary>
/// A PostgreSQL server of a test's own, run by <c>eng/postgres.sh</c>, for tests that crash or stop the server
/// without disturbing the shared one. Durable (no --throwaway): what it committed survives a crash, as on a real server.
/// </summary>
public sealed class ScriptedPostgres : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"justice-postgres-{Guid.NewGuid():N}");
    private readonly string _password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
    private EngScript? _script;

    public int Port { get; } = FreePorts.Next();

    /// <summary>The superuser's connection string, to the <c>postgres</c> database, without pooling.</summary>
    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Password={_password};Database=postgres;Pooling=false;Timeout=3";

    /// <summary>Whether <c>eng/postgres.sh</c> is still running (it supervises the server until it is stopped).</summary>
    public bool ScriptIsRunning => _script is { IsRunning: true };

    /// <summary>The server's process id, from its <c>postmaster.pid</c>; null while no server runs.</summary>
    public int? ServerProcessId
    {
        get
        {
            var pidFile = Path.Combine(_directory, "server", "data", "postmaster.pid");
            return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), CultureInfo.InvariantCulture, out var pid)
                ? pid : null;
        }
    }

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_directory);
        var passwordFile = Path.Combine(_directory, "password");
        await File.WriteAllTextAsync(passwordFile, _password);
        var script = _script = EngScript.Start("postgres.sh", Path.Combine(_directory, "server"), Port, passwordFile);
        if (!await Eventually.Holds(TimeSpan.FromSeconds(60), AcceptsConnectionsAsync))
        {
            throw new InvalidOperationException($"PostgreSQL on port {Port} did not start. Its last lines:{Environment.NewLine}{script.Tail}");
        }
    }

    /// <summary>Kills the server (SIGKILL), as a crash would; its script is left running.</summary>
    public void Crash()
    {
        var pid = ServerProcessId ?? throw new InvalidOperationException("No server runs.");
        Process.GetProcessById(pid).Kill();
    }

    /// <summary>Kills <c>eng/postgres.sh</c> itself (SIGKILL), not its server.</summary>
    public void KillScript() => (_script ?? throw new InvalidOperationException("No server runs.")).Kill();

    /// <summary>Whether anything of this server still runs: its script or server (their command lines name its folder).</summary>
    public bool AnyProcessRuns =>
        RunningProcesses.All().Any(process => process.CommandLine.Contains(_directory, StringComparison.Ordinal));

    /// <summary>Stops the script the way the orchestrator does (SIGTERM) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_script is not null)
        {
            await _script.StopAsync();
        }
    }

    public async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync();
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _script?.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
