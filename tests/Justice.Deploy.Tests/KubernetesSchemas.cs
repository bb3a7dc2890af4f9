using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Justice.Testing;
using k8s.Models;

namespace Justice.Deploy.Tests;

/// <summary>The two offline checks a Kubernetes API server would make of an object before storing it.</summary>
public static class KubernetesSchemas
{
    private static readonly JsonSerializerOptions Strict = new() { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>KubernetesClient's model of each apiVersion and kind (<c>apps/v1</c>, <c>Deployment</c>).</summary>
    private static readonly Dictionary<(string ApiVersion, string Kind), Type> Models = typeof(V1Deployment).Assembly.GetTypes()
        .Select(type => (Type: type, Entity: type.GetCustomAttribute<KubernetesEntityAttribute>()))
        .Where(model => model.Entity is not null)
        .GroupBy(model => (model.Entity!.Group is "" ? model.Entity.ApiVersion : $"{model.Entity.Group}/{model.Entity.ApiVersion}", model.Entity.Kind))
        .ToDictionary(group => group.Key, group => group.First().Type);

    /// <summary>
    /// Types, formats, required fields and enumerations, against the schemas the npm package kubernetes-models
    /// compiled from the Kubernetes OpenAPI document (schemas/validate.mjs). One line per object that fails.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SchemaErrorsAsync(IEnumerable<JsonObject> objects)
    {
        var input = new JsonArray([.. objects.Select(item => item.DeepClone())]).ToJsonString();
        var output = await Tools.RunAsync("node", ["validate.mjs"], input,
            Path.Combine(TestServers.RepositoryRoot, "tests", "Justice.Deploy.Tests", "schemas"));
        return [.. JsonNode.Parse(output)!.AsArray().Select(failure => $"{failure!["object"]}: {failure["errors"]}")];
    }

    /// <summary>
    /// Fields the Kubernetes API does not know (a misspelt <c>readinesProbe</c> would otherwise be dropped without a
    /// word), read strictly into KubernetesClient's models, generated from the same OpenAPI document.
    /// </summary>
    public static IReadOnlyList<string> UnknownFields(IEnumerable<JsonObject> objects) =>
    [
        .. objects.Select(item =>
        {
            if (!Models.TryGetValue(((string)item["apiVersion"]!, (string)item["kind"]!), out var model))
            {
                return $"{DeployBase.Describe(item)}: no model of {item["apiVersion"]} {item["kind"]}";
            }
            try
            {
                item.Deserialize(model, Strict);
                return null;
            }
            catch (JsonException unknown)
            {
                return $"{DeployBase.Describe(item)}: {unknown.Message}";
            }
        }).OfType<string>(),
    ];

    /// <summary>An object as its typed model, read strictly.</summary>
    public static T Read<T>(JsonObject item) => item.Deserialize<T>(Strict)!;
}
