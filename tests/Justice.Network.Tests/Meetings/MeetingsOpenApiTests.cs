using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Meetings;

/// <summary>The councils' and meetings' operations in the OpenAPI document: who may call, the minutes' upload and download.</summary>
public sealed class MeetingsOpenApiTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task Every_council_and_meeting_operation_needs_a_token_and_says_who_may_call()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        var ours = document.Operations.Where(o => o.Key.Contains("/councils", StringComparison.Ordinal) || o.Key.Contains("/meetings", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(14, ours.Count);
        Assert.All(ours, o =>
        {
            Assert.True(o.Value.GetProperty("responses").TryGetProperty("401", out _), $"{o.Key}: no 401");
            Assert.StartsWith("Who may call:", o.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
        });
        Assert.StartsWith("Who may call: national-admin, regional-coordinator, practitioner, evaluator.",
            document.Operations["get /api/network/councils"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Who may call: national-admin, regional-coordinator, practitioner.",
            document.Operations["get /api/network/meetings"].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_minutes_are_uploaded_as_one_file_part_and_downloaded_as_PDF_or_DOCX()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());

        var upload = document.Operations["put /api/network/meetings/{id}/minutes"];
        var schema = upload.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        var file = Resolve(document, Resolve(document, schema).GetProperty("properties").GetProperty("file"));
        Assert.Equal("binary", file.GetProperty("format").GetString());
        Assert.Contains("a PDF or DOCX file of up to 10 MiB", upload.GetProperty("description").GetString(), StringComparison.Ordinal);
        foreach (var status in new[] { "400", "404", "409", "413", "415" })
        {
            Assert.True(upload.GetProperty("responses").TryGetProperty(status, out _), $"upload: no {status}");
        }
        var download = document.Operations["get /api/network/meetings/{id}/minutes"].GetProperty("responses");
        Assert.Equal(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
            download.GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.True(download.TryGetProperty("304", out _));
    }

    private static JsonElement Resolve(OpenApiDocument document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out _) ? document.Schema(schema) : schema;
}
