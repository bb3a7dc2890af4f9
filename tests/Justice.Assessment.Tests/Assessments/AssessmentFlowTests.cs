using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Justice.Assessment.V1;
using Justice.Testing;

namespace Justice.Assessment.Tests.Assessments;

/// <summary>
/// An assessment from first contact to applied measures: started, completed only by a trained practitioner (or a
/// national admin, audited), its measures decided and applied, re-assessed with the history kept and a diff, and
/// figures and needs served over gRPC. Events carry codes only.
/// </summary>
public sealed class AssessmentFlowTests(AssessingHost host) : IClassFixture<AssessingHost>
{
    private const string Region = AssessingHost.Region;

    [Fact]
    public async Task A_trained_practitioner_completes_a_childs_assessment_and_the_rules_recommend_the_childs_measures()
    {
        var practitioner = await host.PractitionerAsync(trained: true);
        var victim = await AssessingHost.RegisterChildAsync(practitioner);

        var started = await StartAsync(practitioner, victim, AssessingHost.SexualViolenceFacts());
        using var completed = await practitioner.PostAsync($"/api/assessment/victims/{victim}/assessments/1/complete", null);
        var view = await Json(completed);

        Assert.Equal("draft", started.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("completed", view.GetProperty("status").GetString());
        Assert.Equal("child", view.GetProperty("ageGroup").GetString());
        var outcome = view.GetProperty("outcome");
        Assert.True(outcome.GetProperty("specificProtectionNeeds").GetBoolean());
        Assert.Contains("22(4)", Clauses(outcome.GetProperty("needs")));
        var measures = Recommended(outcome);
        Assert.Contains("audiovisual-recording", measures);
        Assert.DoesNotContain("same-sex-interviewer", measures);
        Assert.All(outcome.GetProperty("measures").EnumerateArray(), m => Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("explanation").GetString())));

        var payload = await host.Database.ScalarAsync<string>(
            $"select payload::text from outbox_messages where type = 'AssessmentCompleted' and payload->>'victimId' = '{victim}'");
        Assert.Contains("audiovisual-recording", payload, StringComparison.Ordinal);
        Assert.Contains("sexual-violence", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Дете Тестово", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Заплахи", payload, StringComparison.Ordinal); // a risk's reason stays in Assessment
    }

    [Fact]
    public async Task An_untrained_practitioner_is_refused_completion_and_a_national_admin_may_override_audited()
    {
        var untrained = await host.PractitionerAsync(trained: false);
        var victim = await AssessingHost.RegisterChildAsync(untrained);
        var started = await StartAsync(untrained, victim, AssessingHost.SexualViolenceFacts());

        using var refused = await untrained.PostAsync($"/api/assessment/victims/{victim}/assessments/1/complete", null);
        var problem = await Json(refused);
        using var overridden = await host.CreateClient().PostAsync($"/api/assessment/victims/{victim}/assessments/1/complete", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("обучение", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        Assert.True((await Json(overridden)).GetProperty("completedByOverride").GetBoolean());
        var id = started.GetProperty("id").GetGuid();
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'assessment-complete' and subject = '{id}' and outcome = 'refused-untrained'"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'assessment-complete-override' and subject = '{id}'"));
    }

    [Fact]
    public async Task When_Training_refuses_the_callers_token_completion_is_a_clear_403_and_the_draft_stays_a_draft()
    {
        var practitioner = await host.PractitionerAsync(trained: true);
        host.Refused[Jwt.Subject(practitioner.DefaultRequestHeaders.Authorization!.Parameter!)] = true;
        var victim = await AssessingHost.RegisterChildAsync(practitioner);
        var started = await StartAsync(practitioner, victim, AssessingHost.SexualViolenceFacts());

        using var refused = await practitioner.PostAsync($"/api/assessment/victims/{victim}/assessments/1/complete", null);
        var problem = await Json(refused);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("training", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var id = started.GetProperty("id").GetGuid();
        Assert.Equal("draft", await host.Database.ScalarAsync<string>(
            $"select lower(status) from assessments where id = '{id}' and version = 1"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'assessment-complete' and subject = '{id}' and outcome = 'refused-training-check'"));
    }

    [Fact]
    public async Task A_basic_assessment_of_a_severe_crime_cannot_be_completed()
    {
        var practitioner = await host.PractitionerAsync(trained: true);
        var victim = await AssessingHost.RegisterChildAsync(practitioner);
        await StartAsync(practitioner, victim, AssessingHost.SexualViolenceFacts(depth: "basic"));

        using var completed = await practitioner.PostAsync($"/api/assessment/victims/{victim}/assessments/1/complete", null);
        var problem = await Json(completed);

        Assert.Equal(HttpStatusCode.BadRequest, completed.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("facts.depth", out _), problem.ToString());
        Assert.Equal("draft", (await practitioner.GetFromJsonAsync<JsonElement>($"/api/assessment/victims/{victim}/assessments/1"))
            .GetProperty("status").GetString());
    }

    [Fact]
    public async Task Facts_the_rules_refuse_are_named_where_the_request_has_them()
    {
        var practitioner = await host.PractitionerAsync(trained: true);
        var victim = await AssessingHost.RegisterChildAsync(practitioner);
        var withoutChildSection = AssessingHost.SexualViolenceFacts();
        withoutChildSection.Remove("child");

        using var started = await practitioner.PostAsJsonAsync($"/api/assessment/victims/{victim}/assessments", new { facts = withoutChildSection });
        await StartAsync(practitioner, victim, AssessingHost.SexualViolenceFacts());
        using var updated = await practitioner.PutAsJsonAsync($"/api/assessment/victims/{victim}/assessments/1", withoutChildSection);

        await Problem.AssertFieldsAsync(started, "facts.child");
        await Problem.AssertFieldsAsync(updated, "child");
    }

    [Fact]
    public async Task A_reassessment_keeps_the_history_shows_the_wished_for_measure_and_names_what_changed()
    {
        var practitioner = await host.PractitionerAsync(trained: true);
        var victim = await AssessingHost.RegisterChildAsync(practitioner);
        await StartAsync(practitioner, victim, AssessingHost.SexualViolenceFacts());
        await CompleteAsync(practitioner, victim, 1);

        using var second = await practitioner.PostAsJsonAsync($"/api/assessment/victims/{victim}/assessments",
            new { facts = AssessingHost.SexualViolenceFacts(wishesSameSexInterviewer: true) });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        using var duplicate = await practitioner.PostAsJsonAsync($"/api/assessment/victims/{victim}/assessments", new { });
        var v2 = await CompleteAsync(practitioner, victim, 2);
        var versions = await practitioner.GetFromJsonAsync<JsonElement>($"/api/assessment/victims/{victim}/assessments");
        var diff = await practitioner.GetFromJsonAsync<JsonElement>($"/api/assessment/victims/{victim}/assessments/diff?from=1&to=2");

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("same-sex-interviewer", Recommended(v2.GetProperty("outcome")));
        Assert.Equal(["completed", "superseded"], versions.EnumerateArray().Select(v => v.GetProperty("status").GetString()));
        Assert.Contains(diff.GetProperty("facts").EnumerateArray(), c => c.GetProperty("field").GetString() == "wishes.sameSexInterviewer");
        Assert.Contains(diff.GetProperty("measures").EnumerateArray(), c => c.GetProperty("field").GetString() == "same-sex-interviewer");
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'AssessmentUpdated' and payload->>'victimId' = '{victim}'"));
    }

    [Fact]
    public async Task A_measure_is_decided_then_applied_and_a_declined_one_is_never_decided()
    {
        var practitioner = await host.PractitionerAsync(trained: true);
        var victim = await AssessingHost.RegisterChildAsync(practitioner);
        await StartAsync(practitioner, victim, AssessingHost.SexualViolenceFacts(declined: ["closed-hearing"]));
        var completed = await CompleteAsync(practitioner, victim, 1);
        var path = $"/api/assessment/victims/{victim}/assessments/1/measures";

        using var applyFirst = await practitioner.PutAsJsonAsync($"{path}/audiovisual-recording/application",
            new { applied = true, appliedOn = "2026-11-30", institution = "ОДМВР Габрово" });
        using var decided = await practitioner.PutAsJsonAsync($"{path}/audiovisual-recording/decision",
            new { accepted = true, authority = "prosecutor-office" });
        using var applied = await practitioner.PutAsJsonAsync($"{path}/audiovisual-recording/application",
            new { applied = true, appliedOn = "2026-11-30", institution = "ОДМВР Габрово" });
        using var againApplied = await practitioner.PutAsJsonAsync($"{path}/audiovisual-recording/application",
            new { applied = false, reason = "Промяна" });
        using var declined = await practitioner.PutAsJsonAsync($"{path}/closed-hearing/decision", new { accepted = true, authority = "court" });
        using var noReason = await practitioner.PutAsJsonAsync($"{path}/adapted-premises/decision", new { accepted = false, authority = "court" });
        using var declinedInFrench = new HttpRequestMessage(HttpMethod.Put, $"{path}/closed-hearing/decision")
        {
            Content = JsonContent.Create(new { accepted = true, authority = "court" }),
        };
        declinedInFrench.Headers.AcceptLanguage.ParseAdd("fr");
        using var declinedFrench = await practitioner.SendAsync(declinedInFrench);

        Assert.Contains("closed-hearing", completed.GetProperty("outcome").GetProperty("measures").EnumerateArray()
            .Where(m => m.GetProperty("status").GetString() == "declined").Select(m => m.GetProperty("code").GetString()));
        Assert.True(applyFirst.StatusCode == HttpStatusCode.NotFound, await applyFirst.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, againApplied.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, declined.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        // Refusals read in the reader's language: Bulgarian without Accept-Language, French when asked.
        Assert.Equal("Няма решение за мярката", (await Json(applyFirst)).GetProperty("title").GetString());
        Assert.Equal("Прилагането на мярката вече е записано.", (await Json(againApplied)).GetProperty("detail").GetString());
        var refusedInFrench = await Json(declinedFrench);
        Assert.Equal("Mesure non recommandée", refusedInFrench.GetProperty("title").GetString());
        Assert.Equal("La victime a refusé cette mesure : elle n'est ni décidée ni appliquée contre sa volonté.",
            refusedInFrench.GetProperty("detail").GetString());
        var decision = Assert.Single((await Json(applied)).GetProperty("decisions").EnumerateArray());
        Assert.True(decision.GetProperty("applied").GetBoolean());
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'MeasureApplied' and payload->>'victimId' = '{victim}' and payload->>'measure' = 'audiovisual-recording'"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = 'MeasureDecided' and payload->>'victimId' = '{victim}'"));
    }

    [Fact]
    public async Task Over_grpc_a_victims_needs_and_the_regions_figures_name_nobody()
    {
        var practitioner = await host.PractitionerAsync(trained: true);
        var victim = await AssessingHost.RegisterChildAsync(practitioner);
        await StartAsync(practitioner, victim, AssessingHost.SexualViolenceFacts());
        await CompleteAsync(practitioner, victim, 1);
        var (directory, headers) = host.Directory(host.AdminToken);
        var (evaluatorDirectory, evaluatorHeaders) = host.Directory(await host.UserTokenAsync("evaluator", null));

        var needs = await directory.GetVictimNeedsAsync(new GetVictimNeedsRequest { VictimId = victim.ToString() }, headers);
        var figures = await evaluatorDirectory.GetAssessmentFiguresAsync(new GetAssessmentFiguresRequest { RegionCode = Region }, evaluatorHeaders);
        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
            await evaluatorDirectory.GetVictimNeedsAsync(new GetVictimNeedsRequest { VictimId = victim.ToString() }, evaluatorHeaders));
        var unknown = await Assert.ThrowsAsync<RpcException>(async () =>
            await directory.GetVictimNeedsAsync(new GetVictimNeedsRequest { VictimId = Guid.NewGuid().ToString() }, headers));

        Assert.True(needs.SpecificProtectionNeeds);
        Assert.Contains(needs.Measures, m => m.Measure == "audiovisual-recording" && m.State == "recommended" && m.Article == "24(1)(a)");
        var region = Assert.Single(figures.Regions);
        Assert.True(region.AssessmentsCompleted >= 1);
        Assert.Contains(region.AssessedByAgeGroup, g => g.AgeGroup == "child" && g.Count >= 1);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.DoesNotContain("Дете", needs.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assessment_open_past_the_deadline_is_overdue()
    {
        var practitioner = await host.PractitionerAsync(trained: true);
        var victim = await AssessingHost.RegisterChildAsync(practitioner);
        using var started = await practitioner.PostAsJsonAsync($"/api/assessment/victims/{victim}/assessments",
            new { firstContactAt = DateTimeOffset.UtcNow.AddDays(-8), facts = AssessingHost.SexualViolenceFacts() });
        var coordinator = await host.CreateClientAsync("regional-coordinator", Region);

        var view = await Json(started);
        var overdue = await coordinator.GetFromJsonAsync<JsonElement>("/api/assessment/assessments/overdue?pageSize=100");

        Assert.True(view.GetProperty("overdue").GetBoolean());
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), o => o.GetProperty("victimId").GetGuid() == victim);
    }

    private static async Task<JsonElement> StartAsync(HttpClient client, Guid victim, object facts)
    {
        using var response = await client.PostAsJsonAsync($"/api/assessment/victims/{victim}/assessments", new { facts });
        var body = await Json(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body;
    }

    private static async Task<JsonElement> CompleteAsync(HttpClient client, Guid victim, int version)
    {
        using var response = await client.PostAsync($"/api/assessment/victims/{victim}/assessments/{version}/complete", null);
        var body = await Json(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

    private static string?[] Clauses(JsonElement findings) => [.. findings.EnumerateArray().Select(f => f.GetProperty("clause").GetString())];

    private static string?[] Recommended(JsonElement outcome) => [.. outcome.GetProperty("measures").EnumerateArray()
        .Where(m => m.GetProperty("status").GetString() == "recommended").Select(m => m.GetProperty("code").GetString())];
}
