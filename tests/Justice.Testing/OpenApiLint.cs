using System.Diagnostics;
using System.Text.Json;

namespace Justice.Testing;

/// <summary>
/// Lints an OpenAPI document with Spectral's <c>spectral:oas</c> ruleset, as <c>eng/lint-openapi.sh</c> does by hand.
/// Spectral is installed by <c>eng/install.sh</c> into <c>openapi-lint/node_modules</c> beside this project.
/// </summary>
public static class OpenApiLint
{
    private static readonly string Folder = Path.Combine(TestServers.RepositoryRoot, "tests", "Justice.Testing", "openapi-lint");

    /// <summary>The rule violations of severity error, each as "rule at path: message"; empty when the document is clean.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string documentJson)
    {
        var spectral = Path.Combine(Folder, "node_modules", ".bin", "spectral");
        if (!File.Exists(spectral))
        {
            throw new InvalidOperationException($"Spectral is not installed at {spectral}: run ./eng/install.sh.");
        }
        var document = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, documentJson);
        try
        {
            var start = new ProcessStartInfo(spectral)
            {
                ArgumentList = { "lint", document, "--ruleset", Path.Combine(Folder, ".spectral.yaml"), "--format", "json", "--quiet" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Folder,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Spectral did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var json = await output;
            if (json.Trim().Length == 0 || json.TrimStart()[0] != '[')
            {
                throw new InvalidOperationException($"Spectral gave no results (exit {process.ExitCode}): {await errors}");
            }
            // Severity 0 is an error in Spectral's JSON output (1 warning, 2 information, 3 hint).
            return [.. JsonDocument.Parse(json).RootElement.EnumerateArray()
                .Where(result => result.GetProperty("severity").GetInt32() == 0)
                .Select(result => $"{result.GetProperty("code")} at {string.Join('.', result.GetProperty("path").EnumerateArray())}: "
                    + result.GetProperty("message").GetString())];
        }
        finally
        {
            File.Delete(document);
        }
    }
}
