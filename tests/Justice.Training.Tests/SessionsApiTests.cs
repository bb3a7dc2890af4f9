using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

public sealed class SessionsApiTests(TrainingHost host) : IClassFixture<TrainingHost>, IAsyncLifetime
{
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = host.CreateClient();
        await Sessions.PublishFrameworkAsync(_admin);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_session_gets_the_default_capacity_and_keeps_the_framework_version_it_was_planned_with()
    {
        var coordinator = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-05"));

        var id = await Sessions.CreateSessionAsync(coordinator, "BG-05");
        var session = await coordinator.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{id}");

        Assert.Equal(35, session.GetProperty("capacity").GetInt32());
        Assert.Equal(2, session.GetProperty("days").GetInt32());
        Assert.Equal("planned", session.GetProperty("status").GetString());
        Assert.Equal(1, session.GetProperty("frameworkVersion").GetInt32());
        Assert.Equal("C1", session.GetProperty("agenda")[0].GetProperty("competencies")[0].GetString());
    }

    [Fact]
    public async Task An_agenda_item_links_competencies_and_materials_of_the_package()
    {
        var manual = await Materials.CreateAsync(_admin, "manual", "C1");

        using var response = await _admin.PostAsJsonAsync("/api/training/sessions", new
        {
            regionCode = "BG-05", title = "Обучение", venue = "Видин", startsOn = "2027-01-14", endsOn = "2027-01-15",
            agenda = new[] { new { day = 1, topic = "Права на пострадалите", competencies = new[] { "C1" }, materials = new[] { manual } } },
        });
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(manual, session.GetProperty("agenda")[0].GetProperty("materials")[0].GetGuid());

        // What an agenda used stays in the package; an unused material goes.
        var unused = await Materials.CreateAsync(_admin, "handout", "C1");
        using var deleteUsed = await _admin.DeleteAsync($"/api/training/materials/{manual}");
        using var deleteUnused = await _admin.DeleteAsync($"/api/training/materials/{unused}");
        Assert.Equal(HttpStatusCode.Conflict, deleteUsed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleteUnused.StatusCode);
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>($"select count(*) from training_materials where id = '{manual}'"));
    }

    [Fact]
    public async Task A_coordinator_plans_in_their_own_region_only_and_national_sessions_are_for_national_admins()
    {
        var coordinator = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-05"));

        using var other = await coordinator.PostAsJsonAsync("/api/training/sessions", new
        {
            regionCode = "BG-06", title = "Обучение", venue = "Враца", startsOn = "2027-02-01", endsOn = "2027-02-02",
        });
        using var national = await coordinator.PostAsJsonAsync("/api/training/sessions", new
        {
            kind = "national", title = "Обучение", venue = "София", startsOn = "2027-02-01", endsOn = "2027-02-02",
        });

        await Problem(other, HttpStatusCode.Forbidden);
        await Problem(national, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Beyond_capacity_people_wait_and_a_withdrawal_promotes_the_first_waiting()
    {
        var session = await Sessions.CreateSessionAsync(_admin, "BG-05", capacity: 2);
        await Sessions.MoveAsync(_admin, session, "open");
        var people = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await Sessions.RegisterPractitionerAsync(_admin, "BG-05"));
        }

        var outcomes = new List<JsonElement>();
        foreach (var person in people)
        {
            outcomes.Add(await Sessions.EnrolAsync(_admin, session, person));
        }
        using var twice = await _admin.PostAsJsonAsync($"/api/training/sessions/{session}/enrolments", new { participantId = people[0] });
        using var withdrawn = await _admin.DeleteAsync($"/api/training/sessions/{session}/enrolments/{people[0]}");
        var list = await _admin.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{session}/enrolments");

        Assert.Equal(["enrolled", "enrolled", "waiting", "waiting"], outcomes.Select(o => o.GetProperty("status").GetString()));
        Assert.Equal(2, outcomes[3].GetProperty("waitingPosition").GetInt32());
        await Problem(twice, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var byId = list.EnumerateArray().ToDictionary(e => e.GetProperty("participantId").GetGuid());
        Assert.Equal("enrolled", byId[people[2]].GetProperty("status").GetString());
        Assert.Equal("waiting", byId[people[3]].GetProperty("status").GetString());
        Assert.Equal(1, byId[people[3]].GetProperty("waitingPosition").GetInt32());
        Assert.False(byId.ContainsKey(people[0]));
    }

    [Fact]
    public async Task A_practitioner_joins_their_own_regions_session_unless_a_national_admin_overrides()
    {
        var coordinator = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-05"));
        var session = await Sessions.CreateSessionAsync(coordinator, "BG-05");
        await Sessions.MoveAsync(coordinator, session, "open");
        var fromVratsa = await Sessions.RegisterPractitionerAsync(_admin, "BG-06");

        using var byCoordinator = await coordinator.PostAsJsonAsync($"/api/training/sessions/{session}/enrolments", new { participantId = fromVratsa });
        using var coordinatorOverride = await coordinator.PostAsJsonAsync($"/api/training/sessions/{session}/enrolments",
            new { participantId = fromVratsa, overrideRegion = true });
        using var byAdmin = await _admin.PostAsJsonAsync($"/api/training/sessions/{session}/enrolments", new { participantId = fromVratsa });
        var overridden = await Sessions.EnrolAsync(_admin, session, fromVratsa, overrideRegion: true);

        await Problem(byCoordinator, HttpStatusCode.NotFound); // another region's practitioner does not exist for them
        await Problem(coordinatorOverride, HttpStatusCode.NotFound);
        await Problem(byAdmin, HttpStatusCode.Conflict);
        Assert.True(overridden.GetProperty("regionOverridden").GetBoolean());
        Assert.Equal("enrolled", overridden.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_practitioner_enrols_themselves_takes_the_tests_and_sees_their_own_record()
    {
        var practitionerToken = await host.Identity.UserTokenAsync("practitioner", "BG-05");
        var me = await Sessions.RegisterPractitionerAsync(_admin, "BG-05", userId: Jwt.Subject(practitionerToken));
        var practitioner = host.Training.CreateClient().WithToken(practitionerToken);
        var session = await Sessions.CreateSessionAsync(_admin, "BG-05");
        await Sessions.SetTestAsync(_admin, session);
        await Sessions.MoveAsync(_admin, session, "open");
        var someoneElse = await Sessions.RegisterPractitionerAsync(_admin, "BG-05");

        using var enrolled = await practitioner.PostAsync($"/api/training/sessions/{session}/enrolments", null);
        using var forOther = await practitioner.PostAsJsonAsync($"/api/training/sessions/{session}/enrolments", new { participantId = someoneElse });
        await Sessions.AnswerAsync(practitioner, session, "pre", me, 0, 0, 1, 1);
        using var othersTest = await practitioner.PutAsJsonAsync($"/api/training/sessions/{session}/tests/pre/{someoneElse}", new { answers = new[] { 1, 1, 1, 1 } });
        using var participants = await practitioner.GetAsync($"/api/training/sessions/{session}/enrolments");
        var questions = await practitioner.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{session}/test");
        var record = await practitioner.GetFromJsonAsync<JsonElement>("/api/training/me");

        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        await Problem(forOther, HttpStatusCode.Forbidden);
        await Problem(othersTest, HttpStatusCode.Forbidden);
        await Problem(participants, HttpStatusCode.Forbidden);
        Assert.All(questions.EnumerateArray(), q => Assert.Equal(JsonValueKind.Null, q.GetProperty("correct").ValueKind));
        Assert.Equal(me, record.GetProperty("practitioner").GetProperty("id").GetGuid());
        var mine = Assert.Single(record.GetProperty("sessions").EnumerateArray());
        Assert.True(mine.GetProperty("enrolment").GetProperty("preTestTaken").GetBoolean());
    }

    [Fact]
    public async Task Completion_certifies_only_those_who_attended_every_day_and_took_the_post_test()
    {
        var trainerToken = await host.Identity.UserTokenAsync("trainer", "BG-05");
        var trainer = host.Training.CreateClient().WithToken(trainerToken);
        var session = await Sessions.CreateSessionAsync(_admin, "BG-05", null, Jwt.Subject(trainerToken));
        await Sessions.SetTestAsync(trainer, session);
        await Sessions.MoveAsync(_admin, session, "open");
        var complete = await Sessions.RegisterPractitionerAsync(_admin, "BG-05", "Георги Димитров", language: "en", profession: "judge");
        var oneDay = await Sessions.RegisterPractitionerAsync(_admin, "BG-05", "Иван Иванов");
        var noPostTest = await Sessions.RegisterPractitionerAsync(_admin, "BG-05", "Петя Петрова");
        foreach (var person in new[] { complete, oneDay, noPostTest })
        {
            await Sessions.EnrolAsync(_admin, session, person);
            await Sessions.AnswerAsync(trainer, session, "pre", person, 0, 0, 0, 1); // C1 0 %, C2 50 %
        }
        var outboxBefore = await host.TrainingDatabase.ScalarAsync<long>("select count(*) from outbox_messages");

        await Sessions.MoveAsync(trainer, session, "start");
        await Sessions.AttendAsync(trainer, session, 1, [complete, oneDay, noPostTest]);
        await Sessions.AttendAsync(trainer, session, 2, [complete, noPostTest]);
        await Sessions.AnswerAsync(trainer, session, "post", complete, 1, 1, 1, 1);   // C1 100 %, C2 100 %
        await Sessions.AnswerAsync(trainer, session, "post", oneDay, 1, 0, 1, 1);
        using var reaction = await trainer.PutAsJsonAsync($"/api/training/sessions/{session}/reactions/{complete}", new { ratings = new[] { 5, 5, 4, 4, 5 } });
        await Sessions.MoveAsync(trainer, session, "complete");

        var results = await trainer.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{session}/results");
        var certificates = await trainer.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{session}/certificates");

        Assert.Equal(HttpStatusCode.NoContent, reaction.StatusCode);
        Assert.Equal(1, results.GetProperty("completed").GetInt32());
        var certificate = Assert.Single(certificates.EnumerateArray());
        Assert.Equal(complete, certificate.GetProperty("holderId").GetGuid());
        Assert.Equal("en", certificate.GetProperty("language").GetString());
        Assert.Matches(@"^JBC-\d{4}-\d{6}$", certificate.GetProperty("number").GetString());
        var completer = results.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("participantId").GetGuid() == complete);
        Assert.Equal(100m, completer.GetProperty("gain").GetProperty("C1").GetDecimal());
        Assert.Equal(50m, completer.GetProperty("gain").GetProperty("C2").GetDecimal());
        Assert.Equal(5m, results.GetProperty("averageReaction").GetProperty("relevance").GetDecimal());

        // Events: one PractitionerTrained (with the gain, never the name) and one TrainingSessionCompleted.
        Assert.Equal(outboxBefore + 2, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from outbox_messages"));
        var trained = await host.TrainingDatabase.ScalarAsync<string>(
            "select payload::text from outbox_messages where type = 'PractitionerTrained' order by created_at desc limit 1");
        Assert.Contains(complete.ToString(), trained, StringComparison.Ordinal);
        Assert.Contains("\"C1\": 100", trained, StringComparison.Ordinal);
        Assert.DoesNotContain("Георги", trained, StringComparison.Ordinal);
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'TrainingSessionCompleted' and payload->>'sessionId' = '{session}'"));

        // A completed session does not change any more.
        using var late = await trainer.PutAsJsonAsync($"/api/training/sessions/{session}/attendance/1", new { present = Array.Empty<Guid>() });
        using var again = await trainer.PostAsync($"/api/training/sessions/{session}/complete", null);
        await Problem(late, HttpStatusCode.Conflict);
        await Problem(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_trainer_runs_only_the_sessions_they_were_given()
    {
        var trainer = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("trainer", "BG-05"));
        var session = await Sessions.CreateSessionAsync(_admin, "BG-05");

        using var read = await trainer.GetAsync($"/api/training/sessions/{session}");
        using var test = await trainer.PutAsJsonAsync($"/api/training/sessions/{session}/test",
            new { questions = new[] { new { competency = "C1", text = "?", options = new[] { "а", "б" }, correct = 0 } } });
        using var open = await trainer.PostAsync($"/api/training/sessions/{session}/open", null);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode); // a session of their region
        await Problem(test, HttpStatusCode.Forbidden);
        await Problem(open, HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }
}

/// <summary>Before the framework is published, nothing can be planned against it.</summary>
public sealed class SessionsBeforePublicationTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task A_session_needs_a_published_competency_framework()
    {
        using var response = await host.CreateClient().PostAsJsonAsync("/api/training/sessions", new
        {
            regionCode = "BG-05", title = "Обучение", venue = "Видин", startsOn = "2027-01-14", endsOn = "2027-01-15",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0L, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from training_sessions"));
    }
}
