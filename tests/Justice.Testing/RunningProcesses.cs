using System.Globalization;

namespace Justice.Testing;

/// <summary>A running process as <c>/proc</c> shows it: its id, its parent's, and its arguments joined by spaces.</summary>
public sealed record RunningProcess(int Id, int ParentId, string CommandLine);

/// <summary>The machine's running processes, as <c>/proc</c> lists them.</summary>
public static class RunningProcesses
{
    /// <summary>Every process running now; one that ends while the list is read is left out.</summary>
    public static IEnumerable<RunningProcess> All()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }
            RunningProcess process;
            try
            {
                // /proc/PID/stat: "pid (name) state ppid ...": the parent is the second field after the name.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                process = new RunningProcess(id, parent, File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' '));
            }
            catch (IOException)
            {
                continue;   // it ended while it was being read
            }
            yield return process;
        }
    }
}
