using System.Net;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>The OpenAPI document describes every endpoint, with its problem responses.</summary>
public sealed class OpenApiTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task The_document_describes_every_operation_with_an_id_a_summary_and_its_problems()
    {
        using var response = await host.Training.CreateClient().GetAsync("/openapi/v1.json");
        var json = await response.Content.ReadAsStringAsync();
        var document = JsonDocument.Parse(json).RootElement;
        if (Environment.GetEnvironmentVariable("JUSTICE_OPENAPI_OUT") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, json); // for eng/lint-openapi.sh
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name, Operation: op.Value)))
            .ToList();
        Assert.Contains(operations, o => o.Path == "/api/training/practitioners" && o.Method == "post");
        Assert.Contains(operations, o => o.Path == "/api/training/competency-framework/versions/{number}/publish");
        Assert.All(operations, o =>
        {
            Assert.True(o.Operation.TryGetProperty("operationId", out _), $"{o.Method} {o.Path} has no operationId");
            Assert.True(o.Operation.TryGetProperty("summary", out _), $"{o.Method} {o.Path} has no summary");
            var responses = o.Operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.Contains(responses, code => code.StartsWith('2'));
        });
        string[] publicPaths = ["/api/training/certificates/{code}", "/api/training/materials/public", "/api/training/materials/public/{id}/versions/{language}"];
        Assert.All(operations.Where(o => publicPaths.Contains(o.Path)), o =>
            Assert.False(o.Operation.GetProperty("responses").TryGetProperty("401", out _), $"{o.Method} {o.Path} is public"));
        Assert.All(operations.Where(o => !publicPaths.Contains(o.Path)), o =>
        {
            var responses = o.Operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("401", out _), $"{o.Method} {o.Path} does not say it needs a token");
            Assert.True(responses.TryGetProperty("403", out _), $"{o.Method} {o.Path} does not say it may be refused");
            Assert.StartsWith("Who may call", o.Operation.GetProperty("description").GetString(), StringComparison.Ordinal);
        });
        var revoke = operations.Single(o => o.Path == "/api/training/certificates/{code}/revoke").Operation;
        Assert.Equal("Who may call: national-admin.", revoke.GetProperty("description").GetString());
        var verify = operations.Single(o => o.Path == "/api/training/certificates/{code}").Operation;
        Assert.False(verify.GetProperty("responses").TryGetProperty("401", out _));
        var register = operations.Single(o => o.Path == "/api/training/practitioners" && o.Method == "post").Operation;
        Assert.Contains("application/problem+json", register.GetProperty("responses").GetProperty("400").GetProperty("content").EnumerateObject().Select(c => c.Name));
    }

    [Fact]
    public async Task The_materials_endpoints_are_described_with_the_uploads_two_bodies_and_the_downloads_types()
    {
        using var response = await host.Training.CreateClient().GetAsync("/openapi/v1.json");
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths");

        string[] described = [.. paths.EnumerateObject().Where(p => p.Name.StartsWith("/api/training/materials", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(op => $"{op.Name} {p.Name}"))];
        Assert.Equal(
            [
                "delete /api/training/materials/{id}", "delete /api/training/materials/{id}/versions/{language}",
                "get /api/training/materials", "get /api/training/materials/public", "get /api/training/materials/public/{id}/versions/{language}",
                "get /api/training/materials/{id}", "get /api/training/materials/{id}/versions/{language}/file",
                "post /api/training/materials", "put /api/training/materials/{id}", "put /api/training/materials/{id}/versions/{language}",
            ],
            described.Order(StringComparer.Ordinal));
        var upload = paths.GetProperty("/api/training/materials/{id}/versions/{language}").GetProperty("put");
        var bodies = upload.GetProperty("requestBody").GetProperty("content");
        var file = bodies.GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("file");
        Assert.Equal("binary", Resolve(document, file).GetProperty("format").GetString());
        var link = Resolve(document, bodies.GetProperty("application/json").GetProperty("schema"));
        Assert.Equal(["externalUrl"], link.GetProperty("required").EnumerateArray().Select(name => name.GetString()));
        // Who may call comes first; the endpoint's own description of its two bodies stays after it.
        var description = upload.GetProperty("description").GetString()!;
        Assert.StartsWith("Who may call: national-admin.", description, StringComparison.Ordinal);
        Assert.Contains("multipart/form-data with one part named \"file\"", description, StringComparison.Ordinal);
        foreach (var status in new[] { "400", "404", "409", "413", "415" })
        {
            Assert.True(upload.GetProperty("responses").TryGetProperty(status, out _), $"upload: no {status}");
        }
        var download = paths.GetProperty("/api/training/materials/{id}/versions/{language}/file").GetProperty("get");
        Assert.Equal(
            ["application/pdf", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "video/mp4"],
            download.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>The schema itself, where <paramref name="schema"/> may be a reference to one of the document's components.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    [Fact]
    public async Task The_document_passes_Spectrals_oas_ruleset_without_errors()
    {
        var document = await OpenApiDocument.ReadAsync(host.Training.CreateClient());

        Assert.Empty(await OpenApiLint.ErrorsAsync(document.Root.GetRawText()));
    }
}
