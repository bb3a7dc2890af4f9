using System.Diagnostics;

namespace Justice.BuildingBlocks.Tests.Persistence;

/// <summary>The psql of the newest PostgreSQL installed (the one eng/postgres.sh runs), run to its end.</summary>
internal static class Psql
{
    public static string Path => System.IO.Path.Combine(Directory.GetDirectories("/usr/lib/postgresql").Max(StringComparer.Ordinal)!, "bin", "psql");

    /// <summary>Runs <paramref name="command"/> (a program and its arguments) and returns its exit code and standard error.</summary>
    public static async Task<(int ExitCode, string Errors)> RunAsync(IReadOnlyList<string> command, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command[0], command.Skip(1))
        {
            RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = "/",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        return (process.ExitCode, errors);
    }
}
