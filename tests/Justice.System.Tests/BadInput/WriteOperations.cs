using System.Text.Json;
using System.Text.RegularExpressions;

namespace Justice.SystemTests.BadInput;

/// <summary>A write operation of a service's OpenAPI document that takes a JSON body, ready to be called.</summary>
/// <param name="Role">A role that may call it (from the document's "Who may call"), or null for a public operation.</param>
public sealed record WriteOperation(string Service, string Method, string Path, string? Role, JsonElement BodySchema)
{
    public override string ToString() => $"{Service}: {Method.ToUpperInvariant()} {Path}";
}

/// <summary>Reads the write operations out of an OpenAPI document.</summary>
public static partial class WriteOperations
{
    private static readonly string[] Writes = ["post", "put", "patch", "delete"];

    public static IEnumerable<WriteOperation> Of(string service, JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(op => Writes.Contains(op.Name)))
            {
                if (!operation.Value.TryGetProperty("requestBody", out var body)
                    || !body.GetProperty("content").TryGetProperty("application/json", out var json)
                    || !json.TryGetProperty("schema", out var schema))
                {
                    continue;
                }
                yield return new WriteOperation(service, operation.Name, Concrete(path.Name, operation.Value),
                    CallerRole(operation.Value), schema);
            }
        }
    }

    /// <summary>The role named first in "Who may call: a, b." (national-admin for "anyone signed in"); null when public.</summary>
    private static string? CallerRole(JsonElement operation)
    {
        var description = operation.TryGetProperty("description", out var text) ? text.GetString() ?? "" : "";
        if (description.StartsWith("Public", StringComparison.Ordinal))
        {
            return null;
        }
        var roles = WhoMayCall().Match(description);
        return roles.Success && !roles.Groups[1].Value.StartsWith("anyone", StringComparison.Ordinal)
            ? roles.Groups[1].Value.Split(',')[0].Trim()
            : "national-admin";
    }

    /// <summary>The path with each parameter filled by a value its route constraint accepts.</summary>
    private static string Concrete(string template, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var list)
            ? list.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path")
                .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"))
            : [];
        return PathParameter().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            var schema = parameters.GetValueOrDefault(name);
            var format = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;
            var type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) ? t.ToString() : "string";
            return format == "uuid" ? Guid.NewGuid().ToString()
                : type.Contains("integer", StringComparison.Ordinal) ? "1"
                : name switch { "language" => "bg", "phase" => "pre", "profession" => "judge", "code" => "C1", _ => "unknown" };
        });
    }

    [GeneratedRegex(@"Who may call: ([^.]+)\.")]
    private static partial Regex WhoMayCall();

    [GeneratedRegex(@"\{([^}:]+)[^}]*\}")]
    private static partial Regex PathParameter();
}
