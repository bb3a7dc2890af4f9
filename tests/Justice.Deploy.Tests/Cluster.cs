using System.Text.Json.Nodes;
using k8s.Models;

namespace Justice.Deploy.Tests;

/// <summary>The rendered base as typed objects, and how a name found by service discovery reaches a container.</summary>
public sealed class Cluster
{
    private Cluster(IReadOnlyList<JsonObject> objects)
    {
        Objects = objects;
        Deployments = Of<V1Deployment>("Deployment");
        Services = Of<V1Service>("Service");
        Budgets = Of<V1PodDisruptionBudget>("PodDisruptionBudget");
        Common = Assert.Single(Of<V1ConfigMap>("ConfigMap"), map => map.Metadata.Name.StartsWith("justice-common", StringComparison.Ordinal));
    }

    public IReadOnlyList<JsonObject> Objects { get; }
    public IReadOnlyList<V1Deployment> Deployments { get; }
    public IReadOnlyList<V1Service> Services { get; }
    public IReadOnlyList<V1PodDisruptionBudget> Budgets { get; }

    /// <summary>The settings every service reads (<c>justice-common</c>, its name suffixed by kustomize with a hash).</summary>
    public V1ConfigMap Common { get; }

    public static async Task<Cluster> LoadAsync() => new(await DeployBase.ObjectsAsync());

    public V1Deployment Deployment(string name) =>
        Assert.Single(Deployments, deployment => deployment.Metadata.Name == name);

    public V1Container Container(string name) => Assert.Single(Deployment(name).Spec.Template.Spec.Containers);

    /// <summary>What the container reads: its own env, and justice-common when it takes that whole.</summary>
    public IReadOnlyDictionary<string, V1EnvVar> Settings(string name)
    {
        var container = Container(name);
        var settings = (container.Env ?? []).ToDictionary(env => env.Name);
        if ((container.EnvFrom ?? []).Any(from => from.ConfigMapRef?.Name == Common.Metadata.Name))
        {
            foreach (var (key, value) in Common.Data)
            {
                settings.TryAdd(key, new V1EnvVar { Name = key, Value = value });
            }
        }
        return settings;
    }

    /// <summary>
    /// Follows a service discovery entry (<c>services__network__grpc__0</c>, what <c>http://_grpc.network</c> asks
    /// for) to the Service port it names and the container port that Service port sends to.
    /// </summary>
    public (V1ServicePort Port, V1ContainerPort Target, V1Container Container) Resolve(string service, string endpoint)
    {
        var key = $"services__{service}__{endpoint}__0";
        Assert.True(Common.Data.TryGetValue(key, out var address), $"justice-common has no {key}");
        var uri = new Uri(address);
        Assert.Equal(service, uri.Host);
        var port = Assert.Single(Assert.Single(Services, s => s.Metadata.Name == service).Spec.Ports, p => p.Port == uri.Port);
        var container = Container(service);
        var target = Assert.Single(container.Ports, p => p.Name == port.TargetPort.Value || p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture) == port.TargetPort.Value);
        return (port, target, container);
    }

    private List<T> Of<T>(string kind) =>
        [.. Objects.Where(item => (string?)item["kind"] == kind).Select(KubernetesSchemas.Read<T>)];
}
