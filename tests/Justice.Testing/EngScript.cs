using System.Diagnostics;
using System.Globalization;

namespace Justice.Testing;

/// <summary>
/// One of the repository's server scripts (<c>eng/postgres.sh</c>, <c>eng/rabbitmq.sh</c>) run as a child of the test,
/// its output drained (servers are verbose and a test reads what they answer, not what they print) but for its last
/// lines, which say why a server did not start.
/// </summary>
public sealed class EngScript : IDisposable
{
    private const int KeptLines = 30;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private EngScript(Process process) => _process = process;

    /// <summary>The script's and its server's last lines of output.</summary>
    public string Tail
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join(Environment.NewLine, _lastLines);
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }
    }

    /// <summary>The script's process id: its server runs as its child.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the script still runs (it supervises its server until it is stopped).</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>Starts <c>eng/<paramref name="script"/></c> with <paramref name="arguments"/>.</summary>
    public static EngScript Start(string script, params object[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestServers.RepositoryRoot, "eng", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(Convert.ToString(argument, CultureInfo.InvariantCulture)!);
        }
        var process = Process.Start(start)!;
        var started = new EngScript(process);
        process.OutputDataReceived += (_, line) => started.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => started.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Stops the script the way the orchestrator does (SIGTERM) and waits until it and its server are gone.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }
        using (var kill = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>Kills the script alone (SIGKILL), as a supervisor that gives up on it would: not the server it runs.</summary>
    public void Kill() => _process.Kill(entireProcessTree: false);

    public void Dispose() => _process.Dispose();
}
