using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Security;
using Justice.Testing;
using static Justice.Publicity.Tests.Publications.PublicityRequests;

namespace Justice.Publicity.Tests.Publications;

/// <summary>A publication's PDF per language: checked by its content, downloaded with its ETag, changed only with its texts.</summary>
public sealed class PublicationFilesTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    [Fact]
    public async Task A_pdf_is_uploaded_replaced_downloaded_with_its_etag_and_removed()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateAsync(editor, "publication");
        var path = $"{PublicationsPath}/{id}/files/fr";
        var replacement = SampleFiles.Pdf().Concat("% v2\n"u8.ToArray()).ToArray();

        using var created = await UploadAsync(editor, path, "rapport.pdf", SampleFiles.Pdf());
        using var replaced = await UploadAsync(editor, path, @"C:\Users\x\rapport-2.pdf", replacement);
        await MoveAsync(editor, id, "publish");
        using var download = await host.CreateClient().GetAsync(path);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(download.Headers.ETag!);
        using var notModified = await host.CreateClient().SendAsync(again);
        var read = await host.CreateClient().GetFromJsonAsync<JsonElement>($"{PublicationsPath}/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("rapport-2.pdf", (await replaced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(replacement, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(path, read.GetProperty("files")[0].GetProperty("file").GetString());

        await MoveAsync(editor, id, "withdraw");
        using var removed = await editor.DeleteAsync(path);
        using var gone = await editor.GetAsync(path);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from publication_file_contents where publication_id = '{id}'"));
    }

    public static TheoryData<string, string, int> BadFiles() => new()
    {
        { "renamed-exe", "доклад.pdf", 415 },
        { "text", "доклад.pdf", 415 },
        { "html", "доклад.pdf", 415 },
        { "docx", "доклад.docx", 415 },
        { "pdf", "доклад.exe", 415 },
        { "empty", "доклад.pdf", 400 },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_not_a_pdf_is_refused_with_problem_details_and_nothing_is_stored(string content, string fileName, int status)
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateAsync(editor, "publication");
        var bytes = content switch
        {
            "renamed-exe" => SampleFiles.Exe(),
            "text" => SampleFiles.Text(),
            "html" => SampleFiles.Html(),
            "docx" => SampleFiles.Docx(),
            "pdf" => SampleFiles.Pdf(),
            _ => [],
        };

        using var response = await UploadAsync(editor, $"{PublicationsPath}/{id}/files/bg", fileName, bytes);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, body);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("file", out _), body);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from publication_files where publication_id = '{id}'"));
    }

    [Fact]
    public async Task A_file_over_20_MiB_is_refused_413()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateAsync(editor, "publication");
        var large = new byte[20 * 1024 * 1024 + 1];
        SampleFiles.Pdf().CopyTo(large, 0);

        using var response = await UploadAsync(editor, $"{PublicationsPath}/{id}/files/bg", "голям.pdf", large);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("article", "draft", 409)]
    [InlineData("press-release", "draft", 409)]
    [InlineData("publication", "published", 409)]
    [InlineData("publication", "draft", 201)]
    public async Task Only_a_publication_carries_files_and_only_while_it_may_be_edited(string kind, string state, int status)
    {
        using var editor = await host.ClientAsync(Roles.NationalAdmin);
        var id = await CreateAsync(editor, kind, Publication(kind));
        if (state == "published")
        {
            await MoveAsync(editor, id, "publish");
        }

        using var response = await UploadAsync(editor, $"{PublicationsPath}/{id}/files/en", "report.pdf", SampleFiles.Pdf());

        Assert.True(status == (int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("de")]
    [InlineData("BG")]
    public async Task A_language_other_than_bg_en_fr_is_refused_naming_it(string language)
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateAsync(editor, "publication");

        using var response = await UploadAsync(editor, $"{PublicationsPath}/{id}/files/{language}", "report.pdf", SampleFiles.Pdf());

        await Problem.AssertFieldsAsync(response, "language");
    }
}
