using System.Text.RegularExpressions;
using Justice.Testing;
using k8s.Models;
using Microsoft.Extensions.Configuration;

namespace Justice.Deploy.Tests;

/// <summary>
/// deploy/base runs what the AppHost runs: every project, with the connections, settings and service references the
/// AppHost gives it, each route of the gateway reaching its service; replicated, probed, limited, and with no secret
/// written down.
/// </summary>
public sealed partial class DeployMatchesTheSystemTests
{
    [Fact]
    public async Task Every_project_of_the_AppHost_runs_as_two_replicas_or_more_behind_a_Service_and_a_disruption_budget()
    {
        var cluster = await Cluster.LoadAsync();

        Assert.Equal(AppHostModel.Projects.Select(p => p.Name).Order(), cluster.Deployments.Select(d => d.Metadata.Name).Order());
        foreach (var project in AppHostModel.Projects)
        {
            var deployment = cluster.Deployment(project.Name);
            var pods = deployment.Spec.Selector.MatchLabels;
            Assert.True(deployment.Spec.Replicas >= 2, $"{project.Name} has {deployment.Spec.Replicas} replicas");
            Assert.All(pods, label => Assert.Equal(label.Value, deployment.Spec.Template.Metadata.Labels[label.Key]));
            Assert.StartsWith($"justice/{project.Name}:", cluster.Container(project.Name).Image, StringComparison.Ordinal);
            Assert.Equal(pods, Assert.Single(cluster.Services, s => s.Metadata.Name == project.Name).Spec.Selector);
            var budget = Assert.Single(cluster.Budgets, b => b.Metadata.Name == project.Name);
            Assert.Equal(pods, budget.Spec.Selector.MatchLabels);
            Assert.True(budget.Spec.MinAvailable.Value is "1" or "2", $"{project.Name}'s budget keeps {budget.Spec.MinAvailable.Value} available");
        }
    }

    [Fact]
    public async Task Every_container_is_probed_on_health_and_alive_runs_unprivileged_and_has_requests_and_limits()
    {
        var cluster = await Cluster.LoadAsync();

        foreach (var deployment in cluster.Deployments)
        {
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            var ports = container.Ports.Select(p => p.Name).ToList();
            Assert.Equal("/health", container.ReadinessProbe.HttpGet.Path);
            Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
            Assert.Equal("/alive", container.StartupProbe.HttpGet.Path);
            Assert.All(new[] { container.ReadinessProbe, container.LivenessProbe, container.StartupProbe },
                probe => Assert.Contains(probe.HttpGet.Port.Value, ports));
            foreach (var resource in new[] { "cpu", "memory" })
            {
                Assert.True(container.Resources.Requests.ContainsKey(resource), $"{deployment.Metadata.Name} requests no {resource}");
                Assert.True(container.Resources.Limits.ContainsKey(resource), $"{deployment.Metadata.Name} has no {resource} limit");
            }
            Assert.True(deployment.Spec.Template.Spec.SecurityContext.RunAsNonRoot);
            Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        }
    }

    [Fact]
    public async Task Each_service_gets_the_connections_the_AppHost_gives_it_from_a_Secret_and_no_other()
    {
        var cluster = await Cluster.LoadAsync();

        foreach (var project in AppHostModel.Projects)
        {
            var connections = (cluster.Container(project.Name).Env ?? []).Where(env => env.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToList();

            Assert.Equal(project.Connections.Order(), connections.Select(env => env.Name["ConnectionStrings__".Length..]).Order());
            // The event bus's is per service: each connects as its own broker user.
            Assert.All(connections, env => Assert.Equal(("justice-connections", env.Name["ConnectionStrings__".Length..] switch
            {
                "eventbus" => $"eventbus-{project.Name}",
                var name => name,
            }), (env.ValueFrom.SecretKeyRef.Name, env.ValueFrom.SecretKeyRef.Key)));
        }
        Assert.All(AppHostModel.Connections, connection => Assert.Contains(AppHostModel.Projects, p => p.Connections.Contains(connection)));
    }

    [Fact]
    public async Task Every_setting_the_AppHost_gives_a_service_is_set_in_the_cluster_too()
    {
        var cluster = await Cluster.LoadAsync();

        foreach (var project in AppHostModel.Projects)
        {
            var settings = cluster.Settings(project.Name);
            Assert.All(project.Settings, setting => Assert.True(settings.ContainsKey(setting), $"{project.Name} is not given {setting}"));
            Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"].Value);
        }
    }

    [Fact]
    public async Task Every_service_a_project_references_is_found_by_service_discovery_at_its_Service()
    {
        var cluster = await Cluster.LoadAsync();

        foreach (var project in AppHostModel.Projects)
        {
            foreach (var referenced in project.Services)
            {
                foreach (var port in cluster.Container(referenced).Ports)
                {
                    var (_, target, _) = cluster.Resolve(referenced, port.Name);
                    Assert.Equal(port.ContainerPort, target.ContainerPort);
                }
            }
        }
    }

    [Fact]
    public async Task Every_destination_of_the_gateways_routes_reaches_a_container_port_that_speaks_its_protocol()
    {
        var cluster = await Cluster.LoadAsync();
        var proxy = new ConfigurationBuilder().AddJsonFile(Path.Combine(TestServers.RepositoryRoot, "gateway", "appsettings.json")).Build()
            .GetSection("ReverseProxy");
        var clusters = proxy.GetSection("Clusters").GetChildren().ToList();

        Assert.All(proxy.GetSection("Routes").GetChildren(), route => Assert.Contains(clusters, c => c.Key == route["ClusterId"]));
        foreach (var destinations in clusters)
        {
            foreach (var destination in destinations.GetSection("Destinations").GetChildren())
            {
                // "http://training" asks for the endpoint "http", "http://_grpc.training" for "grpc".
                var address = DestinationPattern().Match(destination["Address"]!);
                Assert.True(address.Success, $"{destination["Address"]} is not an address found by service discovery");
                var (service, endpoint) = (address.Groups["service"].Value, address.Groups["endpoint"].Success ? address.Groups["endpoint"].Value : "http");

                var (port, _, container) = cluster.Resolve(service, endpoint);

                if (destinations["HttpRequest:Version"] == "2")
                {
                    Assert.Equal("kubernetes.io/h2c", port.AppProtocol);
                    Assert.Equal("Http2", Assert.Single(container.Env, env => env.Name == $"Kestrel__Endpoints__{endpoint}__Protocols").Value);
                }
            }
        }
    }

    [Fact]
    public async Task Everything_lives_in_the_justice_namespace()
    {
        var objects = await DeployBase.ObjectsAsync();

        Assert.Equal("justice", (string?)Assert.Single(objects, item => (string?)item["kind"] == "Namespace")["metadata"]!["name"]);
        Assert.All(objects.Where(item => (string?)item["kind"] != "Namespace"),
            item => Assert.Equal("justice", (string?)item["metadata"]!["namespace"]));
    }

    [Fact]
    public async Task No_secret_is_written_here_and_each_one_needed_is_described_for_the_operators()
    {
        var cluster = await Cluster.LoadAsync();
        var readme = await File.ReadAllTextAsync(Path.Combine(TestServers.RepositoryRoot, "deploy", "README.md"));
        var needed = new List<(string Secret, string Key)>();

        Assert.DoesNotContain(cluster.Objects, item => (string?)item["kind"] == "Secret");
        foreach (var deployment in cluster.Deployments)
        {
            foreach (var env in Assert.Single(deployment.Spec.Template.Spec.Containers).Env ?? [])
            {
                if (SecretNamePattern().IsMatch(env.Name))
                {
                    Assert.True(env.ValueFrom?.SecretKeyRef is not null, $"{deployment.Metadata.Name}'s {env.Name} is not read from a Secret");
                }
                if (env.ValueFrom?.SecretKeyRef is { } reference)
                {
                    needed.Add((reference.Name, reference.Key));
                }
            }
            needed.AddRange((deployment.Spec.Template.Spec.Volumes ?? []).Where(v => v.Secret is not null).Select(v => (v.Secret.SecretName, "")));
        }

        Assert.NotEmpty(needed);
        Assert.All(needed, need =>
        {
            Assert.Contains($"`{need.Secret}`", readme, StringComparison.Ordinal);
            Assert.True(need.Key == "" || readme.Contains($"`{need.Key}`", StringComparison.Ordinal), $"deploy/README.md does not name {need.Secret}'s key {need.Key}");
        });
    }

    [GeneratedRegex(@"^http://(_(?<endpoint>\w+)\.)?(?<service>[\w-]+)/?$")]
    private static partial Regex DestinationPattern();

    [GeneratedRegex("(?i)password|secret|connectionstrings")]
    private static partial Regex SecretNamePattern();
}
