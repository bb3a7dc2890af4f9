using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>A material's language versions: files checked for what they are and how large, films' links, replacement and removal.</summary>
public sealed class MaterialVersionsApiTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private const long TwentyMiB = 20 * 1024 * 1024;

    public static TheoryData<string, string, string> AllowedFiles() => new()
    {
        { "manual", "наръчник за разпит.pdf", "application/pdf" },
        { "case-study", "case-study.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "presentation", "slides.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "film", "film.mp4", "video/mp4" },
    };


    [Theory]
    [MemberData(nameof(AllowedFiles))]
    public async Task Each_allowed_file_is_stored_and_downloaded_byte_for_byte_with_its_content_type(string kind, string fileName, string contentType)
    {
        var admin = host.CreateClient();
        var reader = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("practitioner", "BG-05"));
        var material = await Materials.CreateAsync(admin, kind);
        var bytes = Path.GetExtension(fileName) switch
        {
            ".pdf" => SampleFiles.Pdf(),
            ".docx" => SampleFiles.Docx(),
            ".pptx" => SampleFiles.Pptx(),
            _ => SampleFiles.Mp4(),
        };

        using var upload = await Materials.UploadAsync(admin, material, "en", fileName, bytes);
        using var download = await reader.GetAsync($"/api/training/materials/{material}/versions/en/file");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var version = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(contentType, version.GetProperty("contentType").GetString());
        Assert.Equal(sha256, version.GetProperty("sha256").GetString());
        Assert.Equal(bytes.Length, version.GetProperty("size").GetInt64());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal($"\"{sha256}\"", download.Headers.ETag?.Tag);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_download_the_reader_already_has_answers_304_without_the_bytes()
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin);
        await Materials.UploadPdfAsync(admin, material);
        using var first = await admin.GetAsync($"/api/training/materials/{material}/versions/bg/file");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/training/materials/{material}/versions/bg/file");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await admin.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Theory]
    [InlineData("notes.pdf", "text")]
    [InlineData("setup.pdf", "exe")]
    [InlineData("slides.pdf", "pptx")]
    [InlineData("manual.docx", "pdf")]
    [InlineData("archive.docx", "zip")]
    [InlineData("manual.txt", "pdf")]
    [InlineData("macro.docx", "docm")]
    public async Task A_file_whose_content_is_not_what_its_name_says_or_not_allowed_is_refused_and_nothing_is_stored(string fileName, string content)
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin);
        var bytes = content switch
        {
            "text" => SampleFiles.Text(),
            "exe" => SampleFiles.Exe(),
            "pptx" => SampleFiles.Pptx(),
            "zip" => SampleFiles.Zip(),
            "docm" => SampleFiles.Docm(),
            _ => SampleFiles.Pdf(),
        };

        using var response = await Materials.UploadAsync(admin, material, "bg", fileName, bytes);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _), problem.ToString());
        Assert.Equal(0L, await Materials.VersionsOfAsync(host, material));
    }

    [Fact]
    public async Task A_refused_file_is_explained_in_the_readers_language()
    {
        var admin = host.CreateClient();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var material = await Materials.CreateAsync(admin);

        using var response = await Materials.UploadAsync(admin, material, "bg", "manual.pdf", SampleFiles.Text());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Type de fichier non pris en charge", problem.GetProperty("title").GetString());
        Assert.StartsWith("Le contenu n'est pas un fichier", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_20_MiB_is_taken_and_one_byte_more_is_refused_with_413_and_nothing_stored()
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin);

        using var tooLarge = await Materials.UploadAsync(admin, material, "bg", "manual.pdf", PaddedPdf(TwentyMiB + 1));
        var storedAfterRefusal = await Materials.VersionsOfAsync(host, material);
        using var largest = await Materials.UploadAsync(admin, material, "fr", "manual.pdf", PaddedPdf(TwentyMiB));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0L, storedAfterRefusal);
        Assert.Equal(HttpStatusCode.Created, largest.StatusCode);
        Assert.Equal(TwentyMiB, await host.TrainingDatabase.ScalarAsync<long>(
            $"select octet_length(bytes)::bigint from training_material_contents where material_id = '{material}' and language = 'fr'"));
    }

    [Fact]
    public async Task A_body_beyond_the_upload_limit_is_refused_with_413_before_it_is_read()
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin);

        using var response = await Materials.UploadAsync(admin, material, "bg", "manual.pdf", PaddedPdf(TwentyMiB + 128 * 1024));
        using var json = await admin.PostAsync("/api/training/materials",
            new StringContent(new string(' ', 65 * 1024) + "{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("20544 KiB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, json.StatusCode); // other endpoints keep 64 KiB
        Assert.Equal(0L, await Materials.VersionsOfAsync(host, material));
    }

    [Fact]
    public async Task An_upload_must_be_one_part_named_file_in_a_known_language()
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin);
        var twoFiles = Materials.File("a.pdf", SampleFiles.Pdf());
        twoFiles.Add(new ByteArrayContent(SampleFiles.Pdf()), "file", "b.pdf");
        var extraField = Materials.File("a.pdf", SampleFiles.Pdf());
        extraField.Add(new StringContent("Наръчник"), "title");

        using var wrongName = await admin.PutAsync($"/api/training/materials/{material}/versions/bg", Materials.File("a.pdf", SampleFiles.Pdf(), "document"));
        using var two = await admin.PutAsync($"/api/training/materials/{material}/versions/bg", twoFiles);
        using var extra = await admin.PutAsync($"/api/training/materials/{material}/versions/bg", extraField);
        using var empty = await Materials.UploadAsync(admin, material, "bg", "empty.pdf", []);
        using var german = await Materials.UploadAsync(admin, material, "de", "a.pdf", SampleFiles.Pdf());
        using var plain = await admin.PutAsync($"/api/training/materials/{material}/versions/bg", new ByteArrayContent(SampleFiles.Pdf()));
        using var text = await admin.PutAsync($"/api/training/materials/{material}/versions/bg", new StringContent("manual.pdf", Encoding.UTF8, "text/plain"));
        using var nowhere = await Materials.UploadAsync(admin, Guid.NewGuid(), "bg", "a.pdf", SampleFiles.Pdf());

        await Problem.AssertFieldsAsync(wrongName, "document");
        await Problem.AssertFieldsAsync(wrongName, "file");
        await Problem.AssertFieldsAsync(two, "file");
        await Problem.AssertFieldsAsync(extra, "title");
        await Problem.AssertFieldsAsync(empty, "file");
        await Problem.AssertFieldsAsync(german, "language");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
        Assert.Equal(0L, await Materials.VersionsOfAsync(host, material));
    }

    [Fact]
    public async Task A_film_may_be_an_https_link_that_the_download_redirects_to()
    {
        var admin = host.CreateClient();
        var film = await Materials.CreateAsync(admin, "film", "C2");
        var reader = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("trainer", "BG-05"));

        using var put = await admin.PutAsJsonAsync($"/api/training/materials/{film}/versions/fr",
            new { externalUrl = "https://video.example.org/justice/film-fr" });
        var view = await reader.GetFromJsonAsync<JsonElement>($"/api/training/materials/{film}");
        using var download = await host.Training.CreateClient(new() { AllowAutoRedirect = false }).WithToken(host.AdminToken)
            .GetAsync($"/api/training/materials/{film}/versions/fr/file");

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var version = Assert.Single(view.GetProperty("versions").EnumerateArray());
        Assert.Equal("link", version.GetProperty("type").GetString());
        Assert.Equal("https://video.example.org/justice/film-fr", version.GetProperty("externalUrl").GetString());
        Assert.Equal(JsonValueKind.Null, version.GetProperty("file").ValueKind);
        Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
        Assert.Equal("https://video.example.org/justice/film-fr", download.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("manual", "https://example.org/manual.pdf")]
    [InlineData("film", "http://video.example.org/film")]
    [InlineData("film", "javascript:alert(1)")]
    [InlineData("film", "https://user:pw@video.example.org/film")]
    public async Task A_link_is_refused_unless_it_is_a_films_https_link(string kind, string url)
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin, kind);

        using var response = await admin.PutAsJsonAsync($"/api/training/materials/{material}/versions/bg", new { externalUrl = url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("externalUrl", out _));
        Assert.Equal(0L, await Materials.VersionsOfAsync(host, material));
    }

    [Fact]
    public async Task A_version_is_replaced_by_a_new_upload_and_removed_with_its_bytes()
    {
        var admin = host.CreateClient();
        var film = await Materials.CreateAsync(admin, "film", "C5");
        await Materials.UploadPdfAsync(admin, film, "bg");

        using var replaced = await Materials.UploadAsync(admin, film, "bg", "film.mp4", SampleFiles.Mp4());
        using var download = await admin.GetAsync($"/api/training/materials/{film}/versions/bg/file");
        using var toLink = await admin.PutAsJsonAsync($"/api/training/materials/{film}/versions/bg", new { externalUrl = "https://video.example.org/film" });
        var bytesAfterLink = await Materials.ContentsOfAsync(host, film);
        await Materials.UploadPdfAsync(admin, film, "en");
        using var removed = await admin.DeleteAsync($"/api/training/materials/{film}/versions/en");
        using var gone = await admin.GetAsync($"/api/training/materials/{film}/versions/en/file");
        using var again = await admin.DeleteAsync($"/api/training/materials/{film}/versions/en");

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(SampleFiles.Mp4(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("video/mp4", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, toLink.StatusCode);
        Assert.Equal(0L, bytesAfterLink);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(0L, await Materials.ContentsOfAsync(host, film));
        Assert.Equal(1L, await Materials.VersionsOfAsync(host, film));
        // The first upload, the replacement and the link.
        Assert.Equal(3L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'material-version-upload' and subject = '{film}/bg' and outcome = 'done'"));
    }

    /// <summary>A PDF of exactly <paramref name="size"/> bytes: the tiny one, then a comment.</summary>
    private static byte[] PaddedPdf(long size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)' ');
        SampleFiles.Pdf().CopyTo(bytes, 0);
        return bytes;
    }
}
