using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Justice.Publicity.Tests.Publications;

/// <summary>What the publications' and films' tests send: bodies, uploads, and the steps many of them take.</summary>
internal static class PublicityRequests
{
    public const string PublicationsPath = "/api/publicity/publications";
    public const string FilmsPath = "/api/publicity/films";

    public static object Publication(string kind = "article", string title = "Заглавие", string body = "Текст на **статията**.",
        object? en = null, object? fr = null) =>
        new { kind, bg = new { title, summary = "Резюме", body }, en, fr };

    public static object Film(params string[] competencies) => new
    {
        title = new { bg = "Всички под един покрив", fr = "Tous sous un même toit" },
        description = new { bg = "Филм за обучение на професионалисти.", en = "A film for training professionals." },
        competencies = competencies.Length == 0 ? ["C1", "C3"] : competencies,
    };

    /// <summary>Creates a publication as <paramref name="editor"/>; the answer must be 201.</summary>
    public static async Task<Guid> CreateAsync(HttpClient editor, string kind = "publication", object? body = null)
    {
        using var response = await editor.PostAsJsonAsync(PublicationsPath, body ?? Publication(kind));
        return await IdAsync(response);
    }

    /// <summary>Publishes, or withdraws (<paramref name="action"/>), as <paramref name="editor"/>; the answer must be 200.</summary>
    public static async Task MoveAsync(HttpClient editor, Guid id, string action)
    {
        using var response = await editor.PostAsync($"{PublicationsPath}/{id}/{action}", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<Guid> CreateFilmAsync(HttpClient editor)
    {
        using var response = await editor.PostAsJsonAsync(FilmsPath, Film());
        return await IdAsync(response);
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, string fileName, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PutAsync(path, new MultipartFormDataContent { { file, "file", fileName } });
    }

    /// <summary>Uploads <paramref name="bytes"/> to <paramref name="path"/>; the answer must be 201 or 200.</summary>
    public static async Task UploadOkAsync(HttpClient client, string path, string fileName, byte[] bytes)
    {
        using var response = await UploadAsync(client, path, fileName, bytes);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
