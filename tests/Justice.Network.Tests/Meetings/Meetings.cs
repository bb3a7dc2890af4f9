using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Meetings;

/// <summary>Steps the meetings tests share, each through the public API.</summary>
public static class Meetings
{
    /// <summary>A body for a meeting of team <paramref name="teamId"/> or council <paramref name="councilId"/>.</summary>
    public static object Body(Guid? teamId, Guid? councilId, params Guid[] attendees) => new
    {
        teamId,
        councilId,
        heldOn = "2026-11-20",
        agenda = new[] { "Случаи с деца, пострадали от насилие", "План за обучения през 2027 г." },
        attendees,
        decisions = new[] { "Да се създаде работна група за междуинституционални насочвания." },
    };

    /// <summary>Records a meeting and returns its id; the answer must be 201.</summary>
    public static async Task<Guid> CreateAsync(HttpClient client, Guid? teamId, Guid? councilId, params Guid[] attendees)
    {
        using var response = await client.PostAsJsonAsync("/api/network/meetings", Body(teamId, councilId, attendees));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid meeting, string fileName, byte[] bytes) =>
        client.PutAsync($"/api/network/meetings/{meeting}/minutes", File(fileName, bytes));

    /// <summary>Uploads a PDF as <paramref name="meeting"/>'s minutes; the answer must be 201.</summary>
    public static async Task UploadPdfAsync(HttpClient client, Guid meeting)
    {
        using var response = await UploadAsync(client, meeting, "протокол.pdf", SampleFiles.Pdf());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A multipart body with the file in a part named "file", claiming a content type that is not checked.</summary>
    public static MultipartFormDataContent File(string fileName, byte[] bytes, string field = "file")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, field, fileName } };
    }
}
