using Justice.Dashboard;
using Spectre.Console;

var parsed = OptionsParser.Parse(args, Environment.GetEnvironmentVariable);
var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
// A failure is one line, whatever the width of the terminal or log it goes to.
errors.Profile.Width = 4096;
if (parsed.Options is not { } options)
{
    errors.MarkupLine($"[red]{Markup.Escape(parsed.Error!)}[/]");
    return ExitCodes.Usage;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    press.Cancel = true;
    stop.Cancel();
};
return await new DashboardApp(options, AnsiConsole.Console, errors, new DashboardConnections(), TimeProvider.System).RunAsync(stop.Token);
