using System.Diagnostics;
using System.Globalization;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Justice.Testing;

namespace Justice.SystemTests;

/// <summary>What crashes comes back without a person: the AppHost starts a killed service again.</summary>
[Collection(WholeSystemCollection.Name)]
public sealed class SupervisionTests(WholeSystem system)
{
    /// <summary>The longest a caller may wait for an answer while a service is down.</summary>
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Network killed while practitioners are registered through the gateway at a steady rate: Training answers every
    /// registration 201 meanwhile (it knows the regions without Network), the AppHost starts Network again within 15 s,
    /// and once it is back every registration reaches its roster, once.
    /// </summary>
    [Fact]
    public async Task A_service_killed_under_load_runs_again_within_15_seconds_and_every_registration_reaches_it_once()
    {
        var notifications = system.App.ResourceNotifications;
        var launcher = LauncherId(await notifications.WaitForResourceAsync("network",
            update => update.Snapshot.State?.Text == KnownResourceStates.Running));
        var service = ServiceProcessUnder(launcher, "Justice.Network");
        var load = RegistrationLoad.Start(system.App.CreateHttpClient("gateway", "http").WithToken(system.AdminToken));
        TimeSpan killedAt;
        try
        {
            Assert.True(await Eventually.Holds(TimeSpan.FromSeconds(30), () => Task.FromResult(load.Answers.Any(a => a.Acknowledged))),
                "No registration was acknowledged before the kill.");

            killedAt = load.Now;
            service.Kill();

            using (var within = new CancellationTokenSource(TimeSpan.FromSeconds(15)))
            {
                var restarted = await notifications.WaitForResourceAsync("network",
                    update => update.Snapshot.State?.Text == KnownResourceStates.Running && LauncherId(update) != launcher, within.Token);
                Assert.NotEqual(launcher, LauncherId(restarted));
            }
            // Running is back within 15 s; ready (migrations checked, broker connected) follows its own start-up, which
            // on a machine as busy as the test suite's (two cores, other test assemblies beside this system) took over 60 s.
            using (var ready = new CancellationTokenSource(TimeSpan.FromSeconds(120)))
            {
                await notifications.WaitForResourceHealthyAsync("network", ready.Token);
            }
        }
        finally
        {
            await load.DisposeAsync();
        }
        // What the kill is judged by: the registrations sent from the kill on. Those before it only had to show the
        // system working (a sudden load on the suite's busy machine once made Training answer its first ones late).
        var sinceTheKill = load.Answers.Where(answer => answer.SentAt >= killedAt).ToList();
        Assert.NotEmpty(sinceTheKill);
        Assert.All(sinceTheKill, answer => Assert.Equal(HttpStatusCode.Created, answer.Status));
        var slowest = sinceTheKill.Max(answer => answer.AnswerTime);
        Assert.True(slowest < AnswerWithin, $"A registration waited {slowest}.");
        var acknowledged = load.Answers.Where(answer => answer.Acknowledged).ToList();
        var ids = string.Join(',', acknowledged.Select(answer => $"'{answer.PractitionerId}'"));
        Assert.True(await Eventually.Holds(TimeSpan.FromSeconds(60), async () =>
                await system.CountAsync("networkdb", $"select count(*) from roster_members where practitioner_id in ({ids})") == acknowledged.Count),
            "Not every acknowledged registration reached Network's roster within 60 s of its return.");
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
    private static Process ServiceProcessUnder(int launcher, string assembly) =>
        RunningProcesses.All().FirstOrDefault(process =>
                process.ParentId == launcher && process.CommandLine.Contains(assembly, StringComparison.Ordinal)) is { } service
            ? Process.GetProcessById(service.Id)
            : throw new InvalidOperationException($"No process of {assembly} runs under the launcher {launcher}.");
}
