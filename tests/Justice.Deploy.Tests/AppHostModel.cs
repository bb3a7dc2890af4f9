using System.Text.RegularExpressions;
using Justice.Testing;

namespace Justice.Deploy.Tests;

/// <summary>
/// The system as AppHost/AppHost.cs declares it, read as text: its projects, the connections and services each
/// references, and the settings it gives each. What runs locally is what deploy/ must run in a cluster.
/// </summary>
public static partial class AppHostModel
{
    public sealed record Project(string Name, IReadOnlyList<string> Connections, IReadOnlyList<string> Services, IReadOnlyList<string> Settings);

    private static readonly (IReadOnlyList<Project> Projects, IReadOnlyList<string> Connections) Model = Read();

    public static IReadOnlyList<Project> Projects => Model.Projects;

    /// <summary>Databases and the event bus: what a service gets as <c>ConnectionStrings__{name}</c>.</summary>
    public static IReadOnlyList<string> Connections => Model.Connections;

    private static (IReadOnlyList<Project>, IReadOnlyList<string>) Read()
    {
        var text = File.ReadAllText(Path.Combine(TestServers.RepositoryRoot, "AppHost", "AppHost.cs"));
        var connections = ConnectionPattern().Matches(text).ToDictionary(m => m.Groups["variable"].Value, m => m.Groups["name"].Value);
        var projects = ProjectPattern().Matches(text).Select(m => (Variable: m.Groups["variable"].Value, m.Groups["name"].Value, Body: m.Groups["body"].Value)).ToList();
        var services = projects.Where(p => p.Variable != "").ToDictionary(p => p.Variable, p => p.Value);
        return (
        [
            .. projects.Select(project =>
            {
                var references = ReferencePattern().Matches(project.Body).Select(m => m.Groups[1].Value).ToList();
                return new Project(
                    project.Value,
                    [.. references.Where(connections.ContainsKey).Select(r => connections[r])],
                    [.. references.Where(services.ContainsKey).Select(r => services[r])],
                    [.. SettingPattern().Matches(project.Body).Select(m => m.Groups[1].Value)]);
            }),
        ], [.. connections.Values]);
    }

    [GeneratedRegex(@"var (?<variable>\w+) = \w+\.(AddDatabase|AddLocalRabbitMq)\(""(?<name>[\w-]+)""")]
    private static partial Regex ConnectionPattern();

    [GeneratedRegex(@"(var (?<variable>\w+) = )?builder\.AddProject<[\w.]+>\(""(?<name>[\w-]+)""\)(?<body>[^;]*);")]
    private static partial Regex ProjectPattern();

    // WithEventBus(eventbus, …) is the event bus's connection string, as the service's own broker user.
    [GeneratedRegex(@"\.(?:WithReference|WithEventBus)\((\w+)[,)]")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"\.WithEnvironment\(""(\w+)""")]
    private static partial Regex SettingPattern();
}
