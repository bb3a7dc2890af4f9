using System.Diagnostics;
using System.Net.Sockets;

namespace Justice.Testing;

/// <summary>
/// A RabbitMQ node of a test's own, run by <c>eng/rabbitmq.sh</c>, for tests that stop and restart the
/// broker without disturbing the shared one. Its data folder survives a restart, as a real node's would.
/// </summary>
public sealed class ScriptedRabbitMq : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"justice-rabbitmq-{Guid.NewGuid():N}");
    private Process? _process;

    public ScriptedRabbitMq()
    {
        Port = FreePorts.Next(rabbitMq: true);
        AmqpUri = new Uri($"amqp://guest:guest@127.0.0.1:{Port}/");
    }

    public int Port { get; }
    public Uri AmqpUri { get; }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(TestServers.RepositoryRoot, "eng", "rabbitmq.sh"), _directory, Port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await AcceptsConnectionsAsync())
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new InvalidOperationException($"RabbitMQ on port {Port} did not start.");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>Stops the node the way the orchestrator does (SIGTERM) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
