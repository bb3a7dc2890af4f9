using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Training.V1;

namespace Justice.Training.Tests;

/// <summary>
/// A national session for the ministries' decision makers: only decision makers join it, the same
/// completion rule decides, and the one who completed it gets a certificate in their language and a
/// <c>DecisionMakerTrained</c> event without their name.
/// </summary>
public sealed class NationalSessionTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task Decision_makers_complete_a_national_session_and_are_counted_nationally()
    {
        var admin = host.CreateClient();
        await Sessions.PublishFrameworkAsync(admin);
        var completer = await RegisterDecisionMakerAsync(admin, "Анелия Добрева", "MJ", "en");
        var halfway = await RegisterDecisionMakerAsync(admin, "Владимир Кирилов", "MH", null);
        var practitioner = await Sessions.RegisterPractitionerAsync(admin, "BG-22");
        using var created = await admin.PostAsJsonAsync("/api/training/sessions", new
        {
            kind = "national", title = "Правосъдие, приятел на детето: за ръководители", venue = "Министерство на правосъдието, София",
            startsOn = Sessions.Day(), endsOn = Sessions.Day(1),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Sessions.MoveAsync(admin, session, "open");

        await Sessions.EnrolAsync(admin, session, completer);
        await Sessions.EnrolAsync(admin, session, halfway);
        using var wrongKind = await admin.PostAsJsonAsync($"/api/training/sessions/{session}/enrolments", new { participantId = practitioner });
        await Sessions.SetTestAsync(admin, session);
        await Sessions.MoveAsync(admin, session, "start");
        await Sessions.AttendAsync(admin, session, 1, [completer, halfway]);
        await Sessions.AttendAsync(admin, session, 2, [completer]);
        await Sessions.AnswerAsync(admin, session, "post", completer, 1, 1, 1, 1);
        await Sessions.AnswerAsync(admin, session, "post", halfway, 1, 1, 1, 1);
        await Sessions.MoveAsync(admin, session, "complete");

        Assert.Equal(HttpStatusCode.NotFound, wrongKind.StatusCode);
        var certificate = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{session}/certificates")).EnumerateArray());
        Assert.Equal(completer, certificate.GetProperty("holderId").GetGuid());
        Assert.Equal("en", certificate.GetProperty("language").GetString());
        var events = await host.TrainingDatabase.ScalarAsync<string>(
            "select string_agg(payload::text, ' ') from outbox_messages where type = 'DecisionMakerTrained'");
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from outbox_messages where type = 'DecisionMakerTrained'"));
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'DecisionMakerTrained' and payload->>'decisionMakerId' = '{completer}' and payload->>'body' = 'MJ'"));
        Assert.DoesNotContain("Анелия", events, StringComparison.Ordinal);

        var (directory, headers) = host.Directory(host.AdminToken);
        var figures = await directory.GetTrainingFiguresAsync(new GetTrainingFiguresRequest(), headers);
        Assert.Equal(1, figures.DecisionMakersTrained);
        Assert.Equal(0, figures.PractitionersTrained);
    }

    private static async Task<Guid> RegisterDecisionMakerAsync(HttpClient admin, string fullName, string body, string? language)
    {
        using var response = await admin.PostAsJsonAsync("/api/training/decision-makers",
            new { fullName, body, position = "Директор на дирекция", language });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
