using Justice.Contracts.Events;
using Justice.Testing;
using Spectre.Console;

namespace Justice.Dashboard.Tests;

/// <summary>The live view against the real services: it shows the stream's state and its changes, and survives the stream breaking.</summary>
public sealed class LiveTests(DashboardSystem system) : IClassFixture<DashboardSystem>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_live_view_shows_the_tables_reconnects_after_a_broken_stream_and_exits_0_on_ctrl_c()
    {
        using var grpc = new CuttableHandler(system.Monitoring.Server.CreateHandler());
        await using var live = Watch(grpc, "BG-07");

        Assert.True(await live.ShowsAsync(text => text.Contains("(BG-07)", StringComparison.Ordinal)));
        Assert.Contains("Bulgaria", live.Screen.Text, StringComparison.Ordinal);
        Assert.Equal(1, grpc.Calls);

        await grpc.CutAsync();

        Assert.True(await live.ShowsAsync(text => text.Contains("reconnecting… (next try in 1 s)", StringComparison.Ordinal)));
        Assert.True(await Eventually.Holds(Patience, () => Task.FromResult(grpc.Calls == 2)));
        var shownAgain = live.Screen.Text.Length;
        Assert.True(await live.ShowsAsync(text => text[shownAgain..].Contains("Live, last heard", StringComparison.Ordinal)));
        Assert.Equal(ExitCodes.Ok, await live.StopAsync());
        Assert.Equal("", live.Errors.Text);
    }

    [Fact]
    public async Task A_team_formed_in_the_region_shows_in_its_table_as_the_target_reached()
    {
        using var grpc = new CuttableHandler(system.Monitoring.Server.CreateHandler());
        await using var live = Watch(grpc, "BG-11");
        Assert.True(await live.ShowsAsync(text => TeamsRow(text, "BG-11")?.Contains("0.0 %", StringComparison.Ordinal) == true));

        await system.Network.Publish(new TerritorialTeamFormed(Guid.NewGuid(), "BG-11", 5, ["police"], DateTimeOffset.UtcNow));

        // The region's target is one team: reached.
        Assert.True(await live.ShowsAsync(text => TeamsRow(text, "BG-11")?.Contains("100.0 %", StringComparison.Ordinal) == true),
            live.Screen.Text);
        Assert.Equal(1, grpc.Calls);
        Assert.Equal(ExitCodes.Ok, await live.StopAsync());
    }

    /// <summary>The region's teams row as last drawn.</summary>
    private static string? TeamsRow(string screen, string region)
    {
        var table = screen.LastIndexOf($"({region})", StringComparison.Ordinal);
        return table < 0
            ? null
            : screen[table..].Split('\n').FirstOrDefault(line => line.Contains("Territorial teams formed", StringComparison.Ordinal));
    }

    private LiveRun Watch(HttpMessageHandler grpc, string region)
    {
        var connections = new DashboardConnections(system.Identity.Factory.Server.CreateHandler(), grpc);
        var options = OptionsParser.Parse(["--language", "en", "--region", region, "--gateway", "http://gateway.test",
            "--grpc", "http://gateway.test:8081", "--secret", system.Identity.Settings.DashboardSecret], _ => null).Options!;
        return new LiveRun(options, connections);
    }

    /// <summary>The tool running live on a console whose text the test reads while it is drawn.</summary>
    private sealed class LiveRun : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<int> _running;

        public LiveRun(DashboardOptions options, DashboardConnections connections)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(Screen),
            });
            console.Profile.Width = 160;
            var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Errors) });
            _running = new DashboardApp(options, console, errors, connections, TimeProvider.System).RunAsync(_stop.Token);
        }

        public SharedWriter Screen { get; } = new();
        public SharedWriter Errors { get; } = new();

        public Task<bool> ShowsAsync(Func<string, bool> condition) =>
            Eventually.Holds(Patience, () => Task.FromResult(condition(Screen.Text)));

        public async Task<int> StopAsync()
        {
            await _stop.CancelAsync();
            return await _running;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_running.IsCompleted)
            {
                await StopAsync();
            }
            _stop.Dispose();
        }
    }
}
