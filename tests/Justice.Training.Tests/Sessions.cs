using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Contracts;

namespace Justice.Training.Tests;

/// <summary>Steps the session tests share, each through the public API.</summary>
public static class Sessions
{
    private static readonly string[] Professions = ["judge", "prosecutor", "police-officer", "social-worker", "psychologist",
        "paediatrician", "general-practitioner", "forensic-doctor", "municipal-official", "lawyer"];

    /// <summary>Publishes the competency framework's first version, unless a version is published already.</summary>
    public static async Task PublishFrameworkAsync(HttpClient admin)
    {
        using var current = await admin.GetAsync("/api/training/competency-framework");
        if (current.StatusCode == HttpStatusCode.OK)
        {
            return;
        }
        foreach (var profession in Professions)
        {
            using var set = await admin.PutAsJsonAsync($"/api/training/competency-framework/versions/1/profiles/{profession}",
                Enumerable.Range(1, 8).ToDictionary(i => $"C{i}", _ => 2));
            Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        }
        using var published = await admin.PostAsync("/api/training/competency-framework/versions/1/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    public static async Task<Guid> RegisterPractitionerAsync(
        HttpClient client, string region, string fullName = "Мария Иванова Петрова", string? userId = null, string? language = null,
        string profession = "social-worker")
    {
        using var response = await client.PostAsJsonAsync("/api/training/practitioners",
            new { fullName, profession, institution = "Дирекция „Социално подпомагане“", regionCode = region, userId, language });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// A day counted from today in Bulgaria (the service's days), as the API writes dates: sessions the tests complete
    /// start today, since a session cannot be completed before it starts.
    /// </summary>
    public static string Day(int fromToday = 0) =>
        ProgrammeTime.Day(DateTimeOffset.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<Guid> CreateSessionAsync(HttpClient client, string region, int? capacity = null, params string[] trainerIds)
    {
        using var response = await client.PostAsJsonAsync("/api/training/sessions", new
        {
            regionCode = region,
            title = "Правосъдие, приятел на детето: регионално обучение",
            venue = "Съдебна палата, Видин",
            startsOn = Day(),
            endsOn = Day(1),
            capacity,
            trainerIds,
            agenda = new[] { new { day = 1, topic = "Права на пострадалите", competencies = new[] { "C1" } } },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task MoveAsync(HttpClient client, Guid session, string step)
    {
        using var response = await client.PostAsync($"/api/training/sessions/{session}/{step}", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<JsonElement> EnrolAsync(HttpClient client, Guid session, Guid participant, bool? overrideRegion = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/training/sessions/{session}/enrolments", new { participantId = participant, overrideRegion });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Two questions per competency C1 and C2; answers index 1 is right for every question.</summary>
    public static async Task SetTestAsync(HttpClient client, Guid session)
    {
        var questions = new[] { "C1", "C1", "C2", "C2" }.Select((c, i) => new { competency = c, text = $"Въпрос {i + 1}", options = new[] { "а", "б", "в" }, correct = 1 });
        using var response = await client.PutAsJsonAsync($"/api/training/sessions/{session}/test", new { questions });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    public static async Task AnswerAsync(HttpClient client, Guid session, string phase, Guid participant, params int[] answers)
    {
        using var response = await client.PutAsJsonAsync($"/api/training/sessions/{session}/tests/{phase}/{participant}", new { answers });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    public static async Task AttendAsync(HttpClient client, Guid session, int day, IEnumerable<Guid> present)
    {
        using var response = await client.PutAsJsonAsync($"/api/training/sessions/{session}/attendance/{day}", new { present });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }
}
