using Justice.Testing;
using Spectre.Console;

namespace Justice.Dashboard.Tests;

/// <summary>The live view against the real services: it shows the stream's state, and survives the stream breaking.</summary>
public sealed class LiveTests(DashboardSystem system) : IClassFixture<DashboardSystem>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_live_view_shows_the_tables_reconnects_after_a_broken_stream_and_exits_0_on_ctrl_c()
    {
        using var grpc = new CuttableHandler(system.Monitoring.Server.CreateHandler());
        var connections = new DashboardConnections(system.Identity.Factory.Server.CreateHandler(), grpc);
        var screen = new SharedWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(screen),
        });
        console.Profile.Width = 160;
        var errors = new SharedWriter();
        var options = OptionsParser.Parse(["--language", "en", "--region", "BG-07", "--gateway", "http://gateway.test",
            "--grpc", "http://gateway.test:8081", "--secret", system.Identity.Settings.DashboardSecret], _ => null).Options!;
        using var stop = new CancellationTokenSource();

        var running = new DashboardApp(options, console, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(errors) }),
            connections, TimeProvider.System).RunAsync(stop.Token);

        Assert.True(await Eventually.Holds(Patience, () => Task.FromResult(screen.Text.Contains("(BG-07)", StringComparison.Ordinal))));
        Assert.Contains("Bulgaria", screen.Text, StringComparison.Ordinal);
        Assert.Equal(1, grpc.Calls);

        await grpc.CutAsync();

        Assert.True(await Eventually.Holds(Patience, () => Task.FromResult(screen.Text.Contains("reconnecting… (next try in 1 s)",
            StringComparison.Ordinal))));
        Assert.True(await Eventually.Holds(Patience, () => Task.FromResult(grpc.Calls == 2)));
        var shownAgain = screen.Text.Length;
        Assert.True(await Eventually.Holds(Patience, () => Task.FromResult(
            screen.Text[shownAgain..].Contains("Live, last heard", StringComparison.Ordinal))));

        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Ok, await running);
        Assert.Equal("", errors.Text);
    }
}
