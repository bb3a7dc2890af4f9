using Spectre.Console.Testing;

namespace Justice.Dashboard.Tests;

/// <summary>One run of the tool as a script would make it: a command line in, an exit code and two outputs out.</summary>
public sealed record Run(int ExitCode, string Output, string Errors)
{
    public static async Task<Run> OfAsync(DashboardConnections connections, params string[] args)
    {
        var parsed = OptionsParser.Parse(args, _ => null);
        Assert.Null(parsed.Error);
        var output = new TestConsole().Width(160);
        var errors = new TestConsole().Width(400);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exit = await new DashboardApp(parsed.Options!, output, errors, connections, TimeProvider.System)
            .RunAsync(timeout.Token);
        return new Run(exit, output.Output, errors.Output.Trim());
    }
}
