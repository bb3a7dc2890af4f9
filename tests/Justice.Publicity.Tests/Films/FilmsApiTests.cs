using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Security;
using Justice.Testing;
using static Justice.Publicity.Tests.Publications.PublicityRequests;

namespace Justice.Publicity.Tests.Films;

/// <summary>The training film: described in bg/en/fr with the competencies it illustrates, its versions links or MP4 files, published or not.</summary>
public sealed class FilmsApiTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    [Fact]
    public async Task A_film_is_described_with_competency_names_in_the_readers_language_and_replaced()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateFilmAsync(editor);

        using var french = new HttpRequestMessage(HttpMethod.Get, $"{FilmsPath}/{id}") { Headers = { { "Accept-Language", "fr" } } };
        var read = await JsonAsync(await editor.SendAsync(french));
        var replaced = await JsonAsync(await editor.PutAsJsonAsync($"{FilmsPath}/{id}", Film("C5", "C2", "C5")));

        Assert.Equal("Tous sous un même toit", read.GetProperty("title").GetString());
        Assert.Equal("Филм за обучение на професионалисти.", read.GetProperty("description").GetString()); // no French: Bulgarian
        Assert.Equal("Informer les victimes de leurs droits", read.GetProperty("competencies")[0].GetProperty("name").GetString());
        Assert.False(read.GetProperty("published").GetBoolean());
        Assert.Equal(["C2", "C5"], replaced.GetProperty("competencies").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("competencies[0]", """{"title":{"bg":"Т"},"description":{"bg":"О"},"competencies":["C99"]}""")]
    [InlineData("competencies", """{"title":{"bg":"Т"},"description":{"bg":"О"},"competencies":[]}""")]
    [InlineData("title.bg", """{"title":{"en":"T"},"description":{"bg":"О"},"competencies":["C1"]}""")]
    [InlineData("description.fr", """{"title":{"bg":"Т"},"description":{"bg":"О","fr":" "},"competencies":["C1"]}""")]
    [InlineData("title", """{"description":{"bg":"О"},"competencies":["C1"]}""")]
    public async Task Bad_content_is_refused_naming_the_field(string field, string json)
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);

        using var response = await editor.PostAsync(FilmsPath, Problem.Json(json));

        await Problem.AssertFieldsAsync(response, field);
    }

    [Fact]
    public async Task Versions_are_https_links_or_mp4_files_and_the_public_watches_them_once_published()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateFilmAsync(editor);
        var bg = $"{FilmsPath}/{id}/versions/bg";
        var fr = $"{FilmsPath}/{id}/versions/fr";

        using var link = await editor.PutAsJsonAsync(bg, new { externalUrl = "https://video.justice.bg/all-under-one-roof-bg" });
        using var file = await UploadAsync(editor, fr, "tous-sous-un-meme-toit.mp4", SampleFiles.Mp4());
        using var hiddenFromPublic = await host.CreateClient().GetAsync(fr);
        await PublishAsync(editor, id);
        using var noRedirects = new HttpClient(host.Factory.Server.CreateHandler()) { BaseAddress = host.Factory.Server.BaseAddress };
        using var redirect = await noRedirects.GetAsync(bg);
        using var video = await host.CreateClient().GetAsync(fr);
        var read = await host.CreateClient().GetFromJsonAsync<JsonElement>($"{FilmsPath}/{id}");

        Assert.Equal(HttpStatusCode.Created, link.StatusCode);
        Assert.Equal(HttpStatusCode.Created, file.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenFromPublic.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("https://video.justice.bg/all-under-one-roof-bg", redirect.Headers.Location?.ToString());
        Assert.Equal("video/mp4", video.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SampleFiles.Mp4(), await video.Content.ReadAsByteArrayAsync());
        Assert.NotNull(video.Headers.ETag);
        Assert.Equal(["link", "file"], read.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("type").GetString()));
    }

    [Theory]
    [InlineData("http://video.justice.bg/film")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://video.justice.bg/film.mp4")]
    [InlineData("video.justice.bg/film")]
    [InlineData("https://user:secret@video.justice.bg/film")]
    public async Task A_link_that_is_not_https_is_refused_naming_it(string url)
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateFilmAsync(editor);

        using var response = await editor.PutAsJsonAsync($"{FilmsPath}/{id}/versions/bg", new { externalUrl = url });

        await Problem.AssertFieldsAsync(response, "externalUrl");
    }

    [Theory]
    [InlineData("film.mp4", "exe", 415)]
    [InlineData("film.mp4", "quicktime", 415)]
    [InlineData("film.mp4", "text", 415)]
    [InlineData("film.pdf", "pdf", 415)]
    [InlineData("film.mov", "mp4", 415)]
    public async Task A_file_that_is_not_an_mp4_is_refused_with_problem_details(string fileName, string content, int status)
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateFilmAsync(editor);
        var bytes = content switch
        {
            "exe" => SampleFiles.Exe(),
            "quicktime" => SampleFiles.Mp4("qt  "),
            "text" => SampleFiles.Text(),
            "pdf" => SampleFiles.Pdf(),
            _ => SampleFiles.Mp4(),
        };

        using var response = await UploadAsync(editor, $"{FilmsPath}/{id}/versions/fr", fileName, bytes);

        Assert.True(status == (int)response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"select count(*) from film_versions where film_id = '{id}'"));
    }

    [Fact]
    public async Task A_body_neither_multipart_nor_json_is_refused_415()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateFilmAsync(editor);

        using var response = await editor.PutAsync($"{FilmsPath}/{id}/versions/bg", new StringContent("https://x", null, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Publishing_twice_or_unpublishing_what_is_not_published_is_409()
    {
        using var editor = await host.ClientAsync(Roles.NationalAdmin);
        var id = await CreateFilmAsync(editor);

        using var unpublishDraft = await editor.PostAsync($"{FilmsPath}/{id}/unpublish", null);
        await PublishAsync(editor, id);
        using var publishAgain = await editor.PostAsync($"{FilmsPath}/{id}/publish", null);
        using var unpublish = await editor.PostAsync($"{FilmsPath}/{id}/unpublish", null);
        using var publicRead = await host.CreateClient().GetAsync($"{FilmsPath}/{id}");

        Assert.Equal(HttpStatusCode.Conflict, unpublishDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, publishAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unpublish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publicRead.StatusCode);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'film-publish' and subject = 'films/{id}' and outcome = 'refused'"));
    }

    internal static async Task PublishAsync(HttpClient editor, Guid id)
    {
        using var response = await editor.PostAsync($"{FilmsPath}/{id}/publish", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
