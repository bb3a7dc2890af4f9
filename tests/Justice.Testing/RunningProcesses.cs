namespace Justice.Testing;

/// <summary>The machine's running processes, as <c>/proc</c> lists them.</summary>
public static class RunningProcesses
{
    /// <summary>Whether a running process's command line (its arguments joined by spaces) contains <paramref name="text"/>.</summary>
    public static bool AnyCommandLineContains(string text)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out _))
            {
                continue;
            }
            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue;   // it ended while the list was read
            }
            if (commandLine.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
