using System.Text.Json.Nodes;
using Justice.Testing;

namespace Justice.Deploy.Tests;

/// <summary>deploy/base as kustomize renders it (once per test run), as the objects the Kubernetes API would receive.</summary>
public static class DeployBase
{
    private static readonly Lazy<Task<IReadOnlyList<JsonObject>>> Rendered =
        new(() => RenderAsync(Path.Combine(TestServers.RepositoryRoot, "deploy", "base")));

    public static Task<IReadOnlyList<JsonObject>> ObjectsAsync() => Rendered.Value;

    public static async Task<IReadOnlyList<JsonObject>> RenderAsync(string kustomization) =>
        Yaml.Documents(await Tools.RunAsync(Tools.Kubectl, ["kustomize", kustomization]));

    public static string Describe(JsonObject item) => $"{item["kind"]} {item["metadata"]?["name"]}";
}
