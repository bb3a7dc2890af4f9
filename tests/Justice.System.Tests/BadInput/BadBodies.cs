using System.Text.Json;
using System.Text.Json.Nodes;

namespace Justice.SystemTests.BadInput;

/// <summary>A body that is right in every respect but one, and the field the answer must name.</summary>
public sealed record BadBody(string What, string Field, string Json);

/// <summary>
/// Builds, from a request body's schema, a body of the right shape, then one bad body per field and list element:
/// null where the schema allows no null, a value of the wrong JSON type, a member the type does not have.
/// </summary>
public sealed class BadBodies(JsonElement document)
{
    private const string Unknown = "unexpectedField";

    public IEnumerable<BadBody> For(JsonElement schema)
    {
        var sample = Sample(schema);
        yield return Mutated(sample, [], Unknown, "an unknown member", Unknown, JsonValue.Create(true));
        foreach (var (segments, field, fieldSchema) in Fields(schema, [], ""))
        {
            var (types, nullable) = TypesOf(fieldSchema);
            if (!nullable)
            {
                yield return Mutated(sample, segments, null, "null", field, null);
            }
            if (types.Count > 0)
            {
                yield return Mutated(sample, segments, null, "a value of the wrong type", field,
                    types.Contains("string") ? JsonValue.Create(42) : JsonValue.Create("text"));
            }
            if (types.Contains("object") && Resolve(fieldSchema).TryGetProperty("properties", out _))
            {
                yield return Mutated(sample, segments, Unknown, "an unknown member", $"{field}.{Unknown}", JsonValue.Create(true));
            }
        }
    }

    /// <summary>Every field below <paramref name="schema"/>: object members, a list's first element, a map's "bg" entry.</summary>
    private IEnumerable<(object[] Segments, string Field, JsonElement Schema)> Fields(JsonElement schema, object[] at, string field)
    {
        var resolved = Resolve(schema);
        if (resolved.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var path = field.Length == 0 ? property.Name : $"{field}.{property.Name}";
                object[] segments = [.. at, property.Name];
                yield return (segments, path, property.Value);
                foreach (var inner in Fields(property.Value, segments, path))
                {
                    yield return inner;
                }
            }
        }
        else if (resolved.TryGetProperty("items", out var items))
        {
            object[] segments = [.. at, 0];
            yield return (segments, $"{field}[0]", items);
            foreach (var inner in Fields(items, segments, $"{field}[0]"))
            {
                yield return inner;
            }
        }
        else if (resolved.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            object[] segments = [.. at, "bg"];
            var path = field.Length == 0 ? "bg" : $"{field}.bg";
            yield return (segments, path, values);
            foreach (var inner in Fields(values, segments, path))
            {
                yield return inner;
            }
        }
    }

    /// <summary>A value of the schema's shape: every member present, one element per list, one entry per map.</summary>
    private JsonNode? Sample(JsonElement schema)
    {
        var resolved = Resolve(schema);
        if (resolved.TryGetProperty("enum", out var values))
        {
            return JsonNode.Parse(values[0].GetRawText());
        }
        var (types, _) = TypesOf(schema);
        var format = resolved.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (types.Contains("object") || resolved.TryGetProperty("properties", out _))
        {
            var node = new JsonObject();
            if (resolved.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    node[property.Name] = Sample(property.Value);
                }
            }
            else if (resolved.TryGetProperty("additionalProperties", out var entry) && entry.ValueKind == JsonValueKind.Object)
            {
                node["bg"] = Sample(entry);
            }
            return node;
        }
        if (types.Contains("array"))
        {
            return new JsonArray(Sample(resolved.GetProperty("items")));
        }
        return types.Contains("integer") || types.Contains("number") ? JsonValue.Create(1)
            : types.Contains("boolean") ? JsonValue.Create(true)
            : format switch
            {
                "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
                "date" => JsonValue.Create("2030-01-15"),
                "date-time" => JsonValue.Create("2030-01-15T09:00:00Z"),
                "uri" => JsonValue.Create("https://example.org/film"),
                _ => JsonValue.Create("text"),
            };
    }

    private static BadBody Mutated(JsonNode? sample, object[] segments, string? member, string what, string field, JsonNode? value)
    {
        var body = sample!.DeepClone();
        var parent = body;
        foreach (var segment in segments.SkipLast(member is null ? 1 : 0))
        {
            parent = segment is int index ? parent![index] : parent![(string)segment];
        }
        if (member is not null)
        {
            parent!.AsObject()[member] = value;
        }
        else if (segments[^1] is int index)
        {
            parent!.AsArray()[index] = value;
        }
        else
        {
            parent!.AsObject()[(string)segments[^1]] = value;
        }
        return new BadBody(what, field, body.ToJsonString());
    }

    /// <summary>The JSON types a schema allows (null apart) and whether it allows null.</summary>
    private (HashSet<string> Types, bool Nullable) TypesOf(JsonElement schema)
    {
        if (schema.TryGetProperty("oneOf", out var choices) || schema.TryGetProperty("anyOf", out choices))
        {
            var options = choices.EnumerateArray().Select(TypesOf).ToList();
            return ([.. options.SelectMany(o => o.Types)],
                options.Any(o => o.Nullable) || choices.EnumerateArray().Any(c => c.TryGetProperty("type", out var t) && t.GetString() == "null"));
        }
        var resolved = Resolve(schema);
        if (!resolved.TryGetProperty("type", out var type))
        {
            return (resolved.TryGetProperty("properties", out _) ? ["object"] : [], false);
        }
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        return ([.. names.Where(n => n != "null")], names.Contains("null"));
    }

    private JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("oneOf", out var choices) || schema.TryGetProperty("anyOf", out choices))
        {
            schema = choices.EnumerateArray().First(c => !(c.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
        }
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }
        return schema;
    }
}
