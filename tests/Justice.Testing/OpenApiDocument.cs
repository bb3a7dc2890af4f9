using System.Net;
using System.Text.Json;

namespace Justice.Testing;

/// <summary>A service's OpenAPI document (<c>/openapi/v1.json</c>) and its operations, for tests to assert on.</summary>
public sealed record OpenApiDocument(JsonElement Root, IReadOnlyDictionary<string, JsonElement> Operations)
{
    /// <summary>Fetches the document; each operation is keyed <c>"post /api/identity/users"</c>.</summary>
    public static async Task<OpenApiDocument> ReadAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/openapi/v1.json");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"No OpenAPI document: {(int)response.StatusCode}");
        }
        var root = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        var operations = root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Key: $"{operation.Name} {path.Name}", operation.Value)))
            .ToDictionary(operation => operation.Key, operation => operation.Value, StringComparer.Ordinal);
        return new OpenApiDocument(root, operations);
    }

    /// <summary>The schema a <c>$ref</c> names, from the document's components.</summary>
    public JsonElement Schema(JsonElement reference) =>
        Root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetProperty("$ref").GetString()!.Split('/')[^1]);
}
