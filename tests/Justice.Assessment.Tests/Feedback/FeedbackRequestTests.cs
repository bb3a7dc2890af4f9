using System.Net;
using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>Bad input answers problem details naming the field, and changes nothing.</summary>
public sealed class FeedbackRequestTests(FeedbackHost host) : IClassFixture<FeedbackHost>
{
    private const string Answers = "/api/assessment/feedback/answers";

    public static TheoryData<string, string[]> BadAnswers() => new()
    {
        { """{"code":"CODE","answers":{"listened":"6"}}""", ["answers.listened"] },
        { """{"code":"CODE","answers":{"rights":"maybe"}}""", ["answers.rights"] },
        { """{"code":"CODE","answers":{"favourite-colour":"blue"}}""", ["answers.favourite-colour"] },
        { """{"code":"CODE","answers":{}}""", ["answers"] },
        { """{"code":"CODE","answers":{"safe":"3"},"lang":"de"}""", ["lang"] },
        { """{"code":"CODE","answers":{"safe":"3"},"comment":"too long"}""", ["comment"] },
        { """{"code":"CODE","answers":{"safe":"3"},"comment":"bidi \u202E override"}""", ["comment"] },
        { """{"code":"CODE","answers":{"safe":3}}""", ["answers.safe"] },
        { """{"code":"","answers":{"safe":"3"}}""", ["code"] },
        { """{"answers":{"safe":"3"}}""", ["code"] },
        { """{"code":"CODE","answers":{"safe":"3"},"victimId":"x"}""", ["victimId"] },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Bad_answers_are_refused_naming_the_field_and_leave_the_code_usable(string body, string[] fields)
    {
        var code = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-05"));
        body = body.Replace("CODE", code, StringComparison.Ordinal)
            .Replace("too long", new string('x', 501), StringComparison.Ordinal);
        var victim = host.CreateAnonymousClient();

        using var response = await victim.PostAsync(Answers, Problem.Json(body));

        var named = await Problem.AssertFieldsAsync(response, fields);
        Assert.Equal(fields.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        using var retry = await victim.PostAsJsonAsync(Answers, new { code, answers = new { safe = "3" } });
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
    }

    [Fact]
    public async Task Problems_are_in_the_language_asked_for()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Answers)
        {
            Content = Problem.Json("""{"code":"ABCDE-FGHJK","answers":{"listened":"9"}}"""),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await host.CreateAnonymousClient().SendAsync(request);

        await Problem.AssertFieldsAsync(response, "answers.listened");
        Assert.Contains("Choisissez l'une des réponses proposées", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?region=BG-5", "region")]
    [InlineData("?from=2026-13", "from")]
    [InlineData("?from=March", "from")]
    [InlineData("?from=2026-06&to=2026-01", "to")]
    public async Task A_bad_summary_query_names_the_parameter(string query, string field)
    {
        using var response = await host.CreateClient().GetAsync($"/api/assessment/feedback/summary{query}");

        await Problem.AssertFieldsAsync(response, field);
    }

    [Fact]
    public async Task An_unknown_victim_gets_no_code()
    {
        using var response = await host.CreateClient().PostAsync($"/api/assessment/victims/{Guid.NewGuid()}/feedback-codes", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
