using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Justice.Testing;

/// <summary>
/// A RabbitMQ node of a test's own, run by <c>eng/rabbitmq.sh</c>, for tests that stop and restart the
/// broker without disturbing the shared one. Its data folder survives a restart, as a real node's would.
/// Provisioned as the shared one is (<see cref="BrokerUsers"/>): services connect with <see cref="AmqpUriFor"/>.
/// </summary>
public sealed class ScriptedRabbitMq : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"justice-rabbitmq-{Guid.NewGuid():N}");
    private readonly int _managementPort = FreePorts.Next();
    private readonly string _adminPassword = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
    private readonly BrokerUsers _users;
    private EngScript? _script;
    private bool _provisioned;

    public ScriptedRabbitMq()
    {
        Port = FreePorts.Next(rabbitMq: true);
        AdminAmqpUri = new Uri($"amqp://admin:{_adminPassword}@127.0.0.1:{Port}/");
        _users = new BrokerUsers(AdminAmqpUri, new Uri($"http://admin:{_adminPassword}@127.0.0.1:{_managementPort}/"));
    }

    public int Port { get; }
    public Uri AdminAmqpUri { get; }

    /// <summary>The connection string of <paramref name="service"/>: its own broker user.</summary>
    public Uri AmqpUriFor(string service) => _users.AmqpUriFor(service, "/");

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(Path.Combine(_directory, "admin.password"), _adminPassword);
        var script = _script = EngScript.Start("rabbitmq.sh", _directory, Port, _managementPort);
        // As long as eng/test.sh gives the shared node: a loaded machine boots the Erlang VM slowly.
        if (!await Eventually.Holds(TimeSpan.FromSeconds(90), async () => !script.IsRunning || await AcceptsConnectionsAsync())
            || !script.IsRunning)
        {
            throw new InvalidOperationException($"RabbitMQ on port {Port} did not start. Its last lines:{Environment.NewLine}{script.Tail}");
        }
        // The management API may answer a moment after AMQP does.
        if (!_provisioned && !await Eventually.Holds(TimeSpan.FromSeconds(30), TryProvisionAsync))
        {
            throw new InvalidOperationException($"RabbitMQ on port {Port} could not be provisioned.");
        }
        _provisioned = true;
    }

    private async Task<bool> TryProvisionAsync()
    {
        try
        {
            await _users.ProvisionAsync("/");
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Whether <c>eng/rabbitmq.sh</c> is still running (it supervises the node until it is stopped).</summary>
    public bool ScriptIsRunning => _script is { IsRunning: true };

    /// <summary>Kills the node's Erlang VM (SIGKILL), as a crash would; its script is left running.</summary>
    public async Task CrashAsync()
    {
        var script = _script ?? throw new InvalidOperationException("No node runs.");
        var kill = Process.Start("bash", ["-c",
            $"pkill -KILL -P \"$(pgrep -d, -P {script.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)} -f rabbitmq-server)\" beam.smp"]);
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"No Erlang VM of RabbitMQ on port {Port} was found to kill.");
        }
    }

    /// <summary>Kills <c>eng/rabbitmq.sh</c> itself (SIGKILL), not its node.</summary>
    public void KillScript() => (_script ?? throw new InvalidOperationException("No node runs.")).Kill();

    /// <summary>
    /// Whether anything of this node still runs: its scripts or Erlang VM (their command lines name its folder) or its
    /// port mapper.
    /// </summary>
    public bool AnyProcessRuns
    {
        get
        {
            var portMapper = $"epmd -port {(Port + 2000).ToString(System.Globalization.CultureInfo.InvariantCulture)} ";
            return RunningProcesses.All().Any(process =>
                process.CommandLine.Contains(_directory, StringComparison.Ordinal)
                || process.CommandLine.Contains(portMapper, StringComparison.Ordinal));
        }
    }

    /// <summary>Stops the node the way the orchestrator does (SIGTERM) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_script is null)
        {
            return;
        }
        await _script.StopAsync();
        _script.Dispose();
        _script = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Whether the node completes an AMQP handshake as its administrator: an open port alone comes earlier.</summary>
    public async Task<bool> AcceptsConnectionsAsync()
    {
        var factory = new ConnectionFactory
        {
            Uri = AdminAmqpUri,
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(2),
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync();
            return true;
        }
        catch (BrokerUnreachableException)
        {
            return false;
        }
    }
}
