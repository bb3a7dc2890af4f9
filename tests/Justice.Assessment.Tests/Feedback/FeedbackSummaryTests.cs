using System.Net;
using System.Text.Json;
using Justice.Assessment.Feedback;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>Summaries through the API: groups under five answers are suppressed, a group of five is counted exactly.</summary>
public sealed class FeedbackSummaryTests(FeedbackHost host) : IClassFixture<FeedbackHost>
{
    [Fact]
    public async Task A_group_of_four_is_suppressed_and_says_so()
    {
        for (var i = 0; i < 4; i++)
        {
            await host.AnswerAsync("BG-11", VictimFacts.Adult, new { listened = "5" });
        }

        var group = Assert.Single((await SummaryAsync(host.CreateClient(), "?region=BG-11")).GetProperty("groups").EnumerateArray());

        Assert.True(group.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, group.GetProperty("answers").ValueKind);
        Assert.Equal(JsonValueKind.Null, group.GetProperty("questions").ValueKind);
    }

    [Fact]
    public async Task A_group_of_five_is_counted_exactly()
    {
        string[] listened = ["5", "4", "4", "2", "5"];
        for (var i = 0; i < listened.Length; i++)
        {
            await host.AnswerAsync("BG-12", VictimFacts.Child, i < 3 ? new { listened = listened[i], rights = "yes" } : new { listened = listened[i], rights = "dont-know" },
                comment: i == 0 ? "Благодаря" : null);
        }
        await host.AnswerAsync("BG-12", VictimFacts.Adult, new { listened = "1" });

        var summary = await SummaryAsync(host.CreateClient(), "?region=BG-12");

        Assert.Equal(5, summary.GetProperty("minimumGroupSize").GetInt32());
        var groups = summary.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("ageGroup").GetString()!);
        Assert.True(groups["adult"].GetProperty("suppressed").GetBoolean());
        var children = groups["child"];
        Assert.False(children.GetProperty("suppressed").GetBoolean());
        Assert.Equal(5, children.GetProperty("answers").GetInt32());
        var questions = children.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("id").GetString()!);
        Assert.Equal(5, questions["listened"].GetProperty("answered").GetInt32());
        Assert.Equal(4.0m, questions["listened"].GetProperty("mean").GetDecimal());
        Assert.Equal(2, questions["listened"].GetProperty("counts").GetProperty("5").GetInt32());
        Assert.Equal(0, questions["listened"].GetProperty("counts").GetProperty("3").GetInt32());
        Assert.Equal(3, questions["rights"].GetProperty("counts").GetProperty("yes").GetInt32());
        Assert.Equal(2, questions["rights"].GetProperty("counts").GetProperty("dont-know").GetInt32());
        Assert.Equal(JsonValueKind.Null, questions["rights"].GetProperty("mean").ValueKind);
        Assert.Equal(0, questions["safe"].GetProperty("answered").GetInt32());
        Assert.Equal(["Благодаря"], children.GetProperty("comments").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_coordinator_sees_their_own_region_without_comments_and_is_refused_another()
    {
        for (var i = 0; i < 5; i++)
        {
            await host.AnswerAsync("BG-14", VictimFacts.Adult, new { safe = "3" }, comment: "Нещо лично");
        }
        await host.AnswerAsync("BG-15", VictimFacts.Adult, new { safe = "3" });
        var coordinator = await host.CreateClientAsync("regional-coordinator", "BG-14");

        var own = await SummaryAsync(coordinator, "");
        using var other = await coordinator.GetAsync("/api/assessment/feedback/summary?region=BG-15");

        Assert.Equal("BG-14", own.GetProperty("region").GetString());
        var group = Assert.Single(own.GetProperty("groups").EnumerateArray());
        Assert.Equal(5, group.GetProperty("answers").GetInt32());
        Assert.Equal(JsonValueKind.Null, group.GetProperty("comments").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.DoesNotContain("BG-15\",\"ageGroup", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Months_outside_the_span_are_left_out()
    {
        for (var i = 0; i < 5; i++)
        {
            await host.AnswerAsync("BG-16", VictimFacts.Adult, new { safe = "2" });
        }
        var thisMonth = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var lastYear = DateTime.UtcNow.AddYears(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var current = await SummaryAsync(host.CreateClient(), $"?region=BG-16&from={thisMonth}&to={thisMonth}");
        var past = await SummaryAsync(host.CreateClient(), $"?region=bg-16&from={lastYear}&to={lastYear}");

        Assert.Equal(5, Assert.Single(current.GetProperty("groups").EnumerateArray()).GetProperty("answers").GetInt32());
        Assert.Empty(past.GetProperty("groups").EnumerateArray());
    }

    private static async Task<JsonElement> SummaryAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/assessment/feedback/summary{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
