using System.Net.Http.Json;
using System.Text.Json;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>
/// Assessment as <see cref="AssessmentHost"/> runs it, with what the feedback tests do: victims registered through the
/// API, codes issued, answers given.
/// </summary>
public class FeedbackHost : AssessmentHost
{
    /// <summary>Victims registered through the victims' API.</summary>
    public TestVictims Victims { get; }

    public FeedbackHost() => Victims = new TestVictims(CreateClient);

    /// <summary>An anonymous client, as a victim's browser is.</summary>
    public HttpClient CreateAnonymousClient() => Assessment.CreateClient();

    /// <summary>Issues a code (as the national admin) for <paramref name="victimId"/> and returns it.</summary>
    public async Task<string> IssueCodeAsync(Guid victimId)
    {
        using var response = await CreateClient().PostAsync($"/api/assessment/victims/{victimId}/feedback-codes", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()!;
    }

    /// <summary>A new victim of <paramref name="region"/> answers <paramref name="answers"/> with a code of their own.</summary>
    public async Task AnswerAsync(string region, string ageGroup, object answers, string? comment = null)
    {
        var code = await IssueCodeAsync(await Victims.AddAsync(region, ageGroup));
        using var response = await CreateAnonymousClient().PostAsJsonAsync("/api/assessment/feedback/answers", new { code, answers, comment });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
