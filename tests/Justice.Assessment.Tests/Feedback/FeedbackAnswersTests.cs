using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Assessment.Feedback;
using Justice.Testing;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>Answering with a one-time code: once only, apart from the victim, and nothing personal leaves the service.</summary>
public sealed class FeedbackAnswersTests(FeedbackHost host) : IClassFixture<FeedbackHost>
{
    private const string Answers = "/api/assessment/feedback/answers";
    private const string Questionnaire = "/api/assessment/feedback/questionnaire";

    [Fact]
    public async Task A_code_works_once()
    {
        var code = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-05"));
        var victim = host.CreateAnonymousClient();

        using var first = await victim.PostAsJsonAsync(Answers, new { code, answers = new { listened = "5", rights = "yes" } });
        using var second = await victim.PostAsJsonAsync(Answers, new { code, answers = new { listened = "1" } });
        using var reopened = await victim.PostAsJsonAsync(Questionnaire, new { code });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await Problem.AssertFieldsAsync(second, "code");
        await Problem.AssertFieldsAsync(reopened, "code");
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            "SELECT count(*) FROM feedback_answers WHERE answers @> '{\"listened\":\"5\",\"rights\":\"yes\"}'"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("SELECT count(*) FROM feedback_answers WHERE answers @> '{\"listened\":\"1\"}'"));
    }

    [Fact]
    public async Task Two_answers_racing_on_one_code_record_one()
    {
        var code = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-07"));
        var comment = $"race-{Guid.NewGuid():N}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            host.CreateAnonymousClient().PostAsJsonAsync(Answers, new { code, answers = new { safe = "4" }, comment })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"SELECT count(*) FROM feedback_answers WHERE comment = '{comment}'"));
    }

    [Fact]
    public async Task Unknown_used_and_malformed_codes_get_the_same_problem()
    {
        var used = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-05"));
        var victim = host.CreateAnonymousClient();
        (await victim.PostAsJsonAsync(Answers, new { code = used, answers = new { safe = "3" } })).Dispose();

        string[] codes = [used, "ABCDE-FGHJK", "not a code"];
        var details = new List<string>();
        foreach (var code in codes)
        {
            using var response = await victim.PostAsJsonAsync(Questionnaire, new { code });
            await Problem.AssertFieldsAsync(response, "code");
            details.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("code")[0].GetString()!);
        }

        Assert.Single(details.Distinct());
    }

    [Fact]
    public async Task A_new_code_for_a_victim_retires_their_unused_one()
    {
        var victimId = await host.Victims.AddAsync("BG-05");
        var earlier = await host.IssueCodeAsync(victimId);
        var later = await host.IssueCodeAsync(victimId);
        var victim = host.CreateAnonymousClient();

        using var old = await victim.PostAsJsonAsync(Questionnaire, new { code = earlier });
        using var current = await victim.PostAsJsonAsync(Questionnaire, new { code = later });

        await Problem.AssertFieldsAsync(old, "code");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task A_code_is_typed_in_any_case_with_or_without_its_hyphen_and_stored_only_as_a_hash()
    {
        var code = await host.IssueCodeAsync(await host.Victims.AddAsync("BG-05"));
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$", code);

        using var response = await host.CreateAnonymousClient().PostAsJsonAsync(Questionnaire,
            new { code = " " + code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plain = code.Replace("-", "", StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM feedback_codes f WHERE row_to_json(f)::text ILIKE '%{plain}%'"));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM feedback_codes WHERE code_hash = sha256('{plain}'::bytea)"));
    }

    [Fact]
    public async Task An_answer_row_carries_no_victim_id_code_or_time()
    {
        var victimId = await host.Victims.AddAsync("BG-09", VictimFacts.Child, "fr");
        var code = await host.IssueCodeAsync(victimId);
        var comment = $"canary-{Guid.NewGuid():N}";

        using var response = await host.CreateAnonymousClient().PostAsJsonAsync(Answers, new { code, answers = new { respected = "4" }, comment });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var columns = await host.Database.ScalarAsync<string>(
            "SELECT string_agg(column_name, ',' ORDER BY column_name) FROM information_schema.columns WHERE table_name = 'feedback_answers'");
        Assert.Equal("age_group,answers,comment,id,language,month,region_code", columns);
        var row = await host.Database.ScalarAsync<string>($"SELECT row_to_json(a)::text FROM feedback_answers a WHERE comment = '{comment}'");
        Assert.DoesNotContain(victimId.ToString(), row, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), row, StringComparison.Ordinal);
        Assert.Contains("\"region_code\":\"BG-09\"", row, StringComparison.Ordinal);
        Assert.Contains("\"age_group\":\"child\"", row, StringComparison.Ordinal);
        Assert.Contains("\"language\":\"fr\"", row, StringComparison.Ordinal);
        Assert.Matches("\"month\":\"[0-9]{4}-[0-9]{2}-01\"", row);
        Assert.NotNull(await host.Database.ScalarAsync<DateTime?>($"SELECT used_at FROM feedback_codes WHERE victim_id = '{victimId}'"));
    }

    [Fact]
    public async Task The_event_holds_region_age_group_language_and_month_only_and_logs_hold_no_code_or_comment()
    {
        var victimId = await host.Victims.AddAsync("BG-13", VictimFacts.Adult, "en");
        var code = await host.IssueCodeAsync(victimId);
        var comment = $"canary-{Guid.NewGuid():N}";

        using var response = await host.CreateAnonymousClient().PostAsJsonAsync(Answers,
            new { code, answers = new { listened = "2", recommend = "no" }, comment });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payload = await host.Database.ScalarAsync<string>(
            "SELECT payload::text FROM outbox_messages WHERE type = 'VictimFeedbackReceived' AND payload->>'regionCode' = 'BG-13'");
        var fields = JsonDocument.Parse(payload).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
        Assert.Equal(["ageGroup", "language", "month", "occurredAt", "regionCode"], fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("adult", fields["ageGroup"]);
        Assert.Equal("en", fields["language"]);
        Assert.EndsWith("-01", fields["month"], StringComparison.Ordinal);
        Assert.StartsWith(fields["month"] + "T00:00:00", fields["occurredAt"], StringComparison.Ordinal);
        var plain = code.Replace("-", "", StringComparison.Ordinal);
        var logs = string.Join('\n', host.Assessment.Logs.Lines);
        foreach (var secret in new[] { plain, code, comment })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(0L, await host.Database.ScalarAsync<long>($"SELECT count(*) FROM outbox_messages WHERE payload::text ILIKE '%{secret}%'"));
        }
        Assert.Contains("Feedback received in BG-13 (adult, en)", logs, StringComparison.Ordinal);
    }
}
