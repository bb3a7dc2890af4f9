using System.Net.Http.Json;
using System.Text.Json;
using Justice.Assessment.Feedback;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>Registers victims through the victims' API (as the national admin) for the feedback tests.</summary>
public sealed class TestVictims(Func<HttpClient> admin)
{
    /// <summary>A new victim of <paramref name="region"/>; returns their id.</summary>
    public async Task<Guid> AddAsync(string region, string ageGroup = VictimFacts.Adult, string language = "bg")
    {
        using var response = await admin().PostAsJsonAsync("/api/assessment/victims", new
        {
            regionCode = region, ageGroup, sex = "female", preferredLanguage = language,
            personal = new { fullName = "Пострадала Тестова" },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
