using Justice.Dashboard;
using Spectre.Console;

var parsed = OptionsParser.Parse(args, Environment.GetEnvironmentVariable);
var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
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
