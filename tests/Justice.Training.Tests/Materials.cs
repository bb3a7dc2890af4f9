using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>Steps the materials tests share, each through the public API.</summary>
public static class Materials
{
    public static async Task<Guid> CreateAsync(HttpClient admin, string kind = "manual", params string[] competencies)
    {
        using var response = await admin.PostAsJsonAsync("/api/training/materials", new
        {
            kind,
            titles = new { bg = "Наръчник за разпит на дете", en = "Handbook on interviewing a child" },
            competencies = competencies.Length == 0 ? ["C1", "C3"] : competencies,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid material, string language, string fileName, byte[] bytes) =>
        client.PutAsync($"/api/training/materials/{material}/versions/{language}", File(fileName, bytes));

    public static async Task UploadPdfAsync(HttpClient admin, Guid material, string language = "bg")
    {
        using var response = await UploadAsync(admin, material, language, "наръчник.pdf", SampleFiles.Pdf());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A multipart body with the file in a part named "file", claiming a content type that is not checked.</summary>
    public static MultipartFormDataContent File(string fileName, byte[] bytes, string field = "file")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    /// <summary>How many language versions <paramref name="material"/> has in the database.</summary>
    public static Task<long> VersionsOfAsync(TrainingHost host, Guid material) =>
        host.TrainingDatabase.ScalarAsync<long>($"select count(*) from training_material_versions where material_id = '{material}'");

    /// <summary>How many stored files <paramref name="material"/>'s versions have in the database.</summary>
    public static Task<long> ContentsOfAsync(TrainingHost host, Guid material) =>
        host.TrainingDatabase.ScalarAsync<long>($"select count(*) from training_material_contents where material_id = '{material}'");
}
