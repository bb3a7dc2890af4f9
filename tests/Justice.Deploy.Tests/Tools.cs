using System.ComponentModel;
using System.Diagnostics;

namespace Justice.Deploy.Tests;

/// <summary>The command-line tools the tests run: kubectl (its built-in kustomize) and Node.js, both installed by eng/install.sh.</summary>
public static class Tools
{
    /// <summary>
    /// <c>JUSTICE_KUBECTL</c> if set; else the one eng/install.sh brought when the machine had none with kustomize v5;
    /// else the machine's.
    /// </summary>
    public static string Kubectl
    {
        get
        {
            if (Environment.GetEnvironmentVariable("JUSTICE_KUBECTL") is { Length: > 0 } chosen)
            {
                return chosen;
            }
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            var installed = Path.Combine(cache, "justice-aspire", "kubectl");
            return File.Exists(installed) ? installed : "kubectl";
        }
    }

    /// <summary>Runs a tool to its end and returns what it wrote; a tool that fails or is missing fails the test.</summary>
    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, string? input = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception missing)
        {
            throw new InvalidOperationException($"'{tool}' cannot be run ({missing.Message}): ./eng/install.sh installs it.", missing);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(input ?? "");
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{tool} {string.Join(' ', start.ArgumentList)}' failed ({process.ExitCode}): {await errors}");
            }
            return await output;
        }
    }
}
