using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Assessment.Feedback;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>The questionnaire a code opens: the victim's wording (child or adult) in the language asked for.</summary>
public sealed class QuestionnaireTests(FeedbackHost host) : IClassFixture<FeedbackHost>
{
    [Theory]
    [InlineData("bg", "Хората, които говориха с мен, ме изслушаха.", "Не съм сигурен/сигурна")]
    [InlineData("en", "The people who talked with me listened to me.", "I'm not sure")]
    [InlineData("fr", "Les personnes qui m'ont parlé m'ont écouté(e).", "Je ne suis pas sûr(e)")]
    public async Task A_child_gets_the_child_wording_in_each_language(string language, string firstQuestion, string notSure)
    {
        var code = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-05", VictimFacts.Child, language));

        var questionnaire = await OpenAsync(new { code });

        Assert.Equal(language, questionnaire.GetProperty("language").GetString());
        Assert.Equal("child", questionnaire.GetProperty("audience").GetString());
        var questions = questionnaire.GetProperty("questions");
        Assert.Equal(FeedbackQuestionnaire.Questions.Count, questions.GetArrayLength());
        Assert.Equal(firstQuestion, questions[0].GetProperty("text").GetString());
        var rights = questions.EnumerateArray().Single(q => q.GetProperty("id").GetString() == "rights");
        Assert.Equal("yes-no", rights.GetProperty("kind").GetString());
        Assert.Equal(notSure, rights.GetProperty("options")[2].GetProperty("label").GetString());
        Assert.All(questions.EnumerateArray(), question => Assert.Equal(
            FeedbackQuestionnaire.Find(question.GetProperty("id").GetString()!)!.Child.In(language), question.GetProperty("text").GetString()));
        Assert.Equal(FeedbackQuestionnaire.ChildIntroduction.In(language), questionnaire.GetProperty("introduction").GetString());
    }

    [Fact]
    public async Task An_adult_gets_the_adult_wording()
    {
        var code = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-05", VictimFacts.Adult, "en"));

        var questionnaire = await OpenAsync(new { code });

        Assert.Equal("adult", questionnaire.GetProperty("audience").GetString());
        Assert.Equal("I felt listened to.", questionnaire.GetProperty("questions")[0].GetProperty("text").GetString());
        Assert.Equal("Not at all", questionnaire.GetProperty("questions")[0].GetProperty("options")[0].GetProperty("label").GetString());
        Assert.Equal(FeedbackQuestionnaire.MaxCommentLength, questionnaire.GetProperty("maxCommentLength").GetInt32());
    }

    [Fact]
    public async Task The_language_is_the_one_asked_for_in_the_body_then_by_the_header_then_the_victims_own()
    {
        var code = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-05", VictimFacts.Adult, "fr"));

        var preferred = await OpenAsync(new { code });
        var byHeader = await OpenAsync(new { code }, acceptLanguage: "en");
        var byField = await OpenAsync(new { code, lang = "bg" }, acceptLanguage: "en");

        Assert.Equal("fr", preferred.GetProperty("language").GetString());
        Assert.Equal("Je me suis senti(e) écouté(e).", preferred.GetProperty("questions")[0].GetProperty("text").GetString());
        Assert.Equal("en", byHeader.GetProperty("language").GetString());
        Assert.Equal("bg", byField.GetProperty("language").GetString());
        Assert.Equal("Чувствах, че ме изслушват.", byField.GetProperty("questions")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Opening_the_questionnaire_does_not_use_the_code()
    {
        var code = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-05"));

        await OpenAsync(new { code });
        await OpenAsync(new { code });
        using var answered = await host.CreateAnonymousClient().PostAsJsonAsync("/api/assessment/feedback/answers",
            new { code, answers = new { understood = "3" } });

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    private async Task<JsonElement> OpenAsync(object body, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/assessment/feedback/questionnaire") { Content = JsonContent.Create(body) };
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        using var response = await host.CreateAnonymousClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
