using System.Net.Http.Json;
using System.Text.Json;

namespace Justice.SystemTests;

/// <summary>What the dashboard's telemetry API holds: spans by service, and every string in logs and traces.</summary>
public static class Telemetry
{
    public sealed record Span(string Service, string Scope, string Name, string SpanId, string? ParentSpanId);

    public static async Task<IReadOnlyList<Span>> TraceAsync(HttpClient dashboard, string traceId)
    {
        using var response = await dashboard.GetAsync($"/api/telemetry/traces/{traceId}");
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        var spans = new List<Span>();
        foreach (var resource in document.GetProperty("data").GetProperty("resourceSpans").EnumerateArray())
        {
            var service = resource.TryGetProperty("resource", out var r) ? ServiceName(r) : "?";
            foreach (var scope in resource.GetProperty("scopeSpans").EnumerateArray())
            {
                var scopeName = scope.GetProperty("scope").GetProperty("name").GetString()!;
                spans.AddRange(scope.GetProperty("spans").EnumerateArray().Select(span => new Span(
                    service,
                    scopeName,
                    span.GetProperty("name").GetString()!,
                    span.GetProperty("spanId").GetString()!,
                    span.TryGetProperty("parentSpanId", out var parent) ? parent.GetString() : null)));
            }
        }
        return spans;
    }

    /// <summary>Every string value in a telemetry document (JSON escapes undone), to search for personal data.</summary>
    public static async Task<IReadOnlyList<string>> AllStringsAsync(HttpClient dashboard, string path)
    {
        using var response = await dashboard.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var strings = new List<string>();
        Collect(await response.Content.ReadFromJsonAsync<JsonElement>(), strings);
        return strings;
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }
                break;
        }
    }

    private static string ServiceName(JsonElement resource) =>
        resource.GetProperty("attributes").EnumerateArray()
            .Where(a => a.GetProperty("key").GetString() == "service.name")
            .Select(a => a.GetProperty("value").GetProperty("stringValue").GetString()!)
            .FirstOrDefault() ?? "?";
}
