using System.Diagnostics;
using System.Globalization;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Justice.SystemTests;

/// <summary>What crashes comes back without a person: the AppHost starts a killed service again.</summary>
[Collection(WholeSystemCollection.Name)]
public sealed class SupervisionTests(WholeSystem system)
{
    [Fact]
    public async Task A_service_whose_process_is_killed_runs_again_within_15_seconds_and_answers_through_the_gateway()
    {
        var notifications = system.App.ResourceNotifications;
        var launcher = LauncherId(await notifications.WaitForResourceAsync("network",
            update => update.Snapshot.State?.Text == KnownResourceStates.Running));
        var service = ServiceProcessUnder(launcher, "Justice.Network");

        service.Kill();

        using (var within = new CancellationTokenSource(TimeSpan.FromSeconds(15)))
        {
            var restarted = await notifications.WaitForResourceAsync("network",
                update => update.Snapshot.State?.Text == KnownResourceStates.Running && LauncherId(update) != launcher, within.Token);
            Assert.NotEqual(launcher, LauncherId(restarted));
        }
        // Running is back within 15 s; ready (migrations checked, broker connected) follows its own start-up.
        using (var ready = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await notifications.WaitForResourceHealthyAsync("network", ready.Token);
        }
        using var regions = await system.Gateway.GetAsync("/api/network/regions");
        Assert.Equal(HttpStatusCode.OK, regions.StatusCode);
    }

    /// <summary>The process the orchestrator launched for the resource (<c>dotnet run</c>), from its snapshot.</summary>
    private static int LauncherId(ResourceEvent update) =>
        update.Snapshot.Properties.FirstOrDefault(property => property.Name == "executable.pid")?.Value switch
        {
            int pid => pid,
            long pid => (int)pid,
            string text when int.TryParse(text, CultureInfo.InvariantCulture, out var pid) => pid,
            var other => throw new InvalidOperationException($"No process id in the snapshot (found '{other}')."),
        };

    /// <summary>The service itself: the launcher's child whose command line names <paramref name="assembly"/>.</summary>
    private static Process ServiceProcessUnder(int launcher, string assembly)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                // /proc/PID/stat: "pid (name) state ppid ...": the parent is the second field after the name.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                if (parent == launcher && File.ReadAllText(Path.Combine(directory, "cmdline")).Contains(assembly, StringComparison.Ordinal))
                {
                    return Process.GetProcessById(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while it was being read: not the one sought.
            }
        }
        throw new InvalidOperationException($"No process of {assembly} runs under the launcher {launcher}.");
    }
}
