using Justice.Testing;

namespace Justice.Publicity.Tests;

/// <summary>
/// The OpenAPI document describes every operation (publications and their files, films and their versions), says which
/// are public and which need a token, and passes the linter.
/// </summary>
public sealed class OpenApiTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    private static readonly string[] Public =
    [
        "get /api/publicity/films", "get /api/publicity/films/{id}", "get /api/publicity/films/{id}/versions/{language}",
        "get /api/publicity/publications", "get /api/publicity/publications/{id}",
        "get /api/publicity/publications/{id}/files/{language}",
    ];

    [Fact]
    public async Task The_document_describes_every_operation_and_passes_the_linter()
    {
        var document = await OpenApiDocument.ReadAsync(host.CreateClient());
        var ours = document.Operations.Where(o => o.Key.Contains("/publications", StringComparison.Ordinal)
            || o.Key.Contains("/films", StringComparison.Ordinal)).ToDictionary();

        Assert.Equal(
            [
                "delete /api/publicity/films/{id}/versions/{language}", "delete /api/publicity/publications/{id}/files/{language}",
                "get /api/publicity/films", "get /api/publicity/films/{id}", "get /api/publicity/films/{id}/versions/{language}",
                "get /api/publicity/publications", "get /api/publicity/publications/{id}",
                "get /api/publicity/publications/{id}/files/{language}", "post /api/publicity/films",
                "post /api/publicity/films/{id}/publish", "post /api/publicity/films/{id}/unpublish", "post /api/publicity/publications",
                "post /api/publicity/publications/{id}/publish", "post /api/publicity/publications/{id}/withdraw",
                "put /api/publicity/films/{id}", "put /api/publicity/films/{id}/versions/{language}",
                "put /api/publicity/publications/{id}", "put /api/publicity/publications/{id}/files/{language}",
            ],
            ours.Keys.Order(StringComparer.Ordinal));
        Assert.All(ours, o =>
        {
            Assert.True(o.Value.TryGetProperty("operationId", out _), $"{o.Key} has no operationId");
            Assert.True(o.Value.TryGetProperty("summary", out _), $"{o.Key} has no summary");
            var needsToken = o.Value.GetProperty("responses").TryGetProperty("401", out _);
            Assert.True(needsToken != Public.Contains(o.Key), $"{o.Key}: public is {Public.Contains(o.Key)}, 401 declared is {needsToken}");
            if (!needsToken)
            {
                Assert.StartsWith("Public: no token needed.", o.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
            }
        });
        var upload = ours["put /api/publicity/films/{id}/versions/{language}"].GetProperty("requestBody").GetProperty("content");
        Assert.True(upload.TryGetProperty("multipart/form-data", out _));
        Assert.True(upload.TryGetProperty("application/json", out _));
        Assert.Empty(await OpenApiLint.ErrorsAsync(document.Root.GetRawText()));
    }
}
