using System.Net.Http.Json;
using Justice.Assessment.Feedback;
using Justice.Testing;

namespace Justice.Assessment.Tests.Feedback;

/// <summary>
/// Every feedback endpoint × every role, with real tokens: issuing codes is for the victim's region's practitioners
/// and coordinators and national admins; answering is for anyone holding a valid code; summaries are for evaluators,
/// national admins and (their own region's) coordinators.
/// </summary>
public sealed class FeedbackAccessMatrixTests(FeedbackHost host) : IClassFixture<FeedbackHost>
{
    private const string Own = "BG-05";
    private const string Other = "BG-06";

    private static readonly string[] Operations =
        ["issue-own", "issue-other", "questionnaire", "answer", "summary-own", "summary-other", "summary-all"];

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, new Dictionary<string, int[]>
    {
        ["national-admin"] = [201, 201, 200, 200, 200, 200, 200],
        ["regional-coordinator"] = [201, 404, 200, 200, 200, 403, 200],
        ["practitioner"] = [201, 404, 200, 200, 403, 403, 403],
        ["trainer"] = [403, 403, 200, 200, 403, 403, 403],
        ["evaluator"] = [403, 403, 200, 200, 200, 200, 200],
        ["publicity-editor"] = [403, 403, 200, 200, 403, 403, 403],
        ["anonymous"] = [401, 401, 200, 200, 401, 401, 401],
    });

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var client = role == "anonymous" ? host.CreateAnonymousClient() : await host.CreateClientAsync(role, Own);
        var ownVictim = await host.Victims.AddAsync(Own, VictimFacts.Child);
        var otherVictim = await host.Victims.AddAsync(Other, VictimFacts.Child);

        using var response = operation switch
        {
            "issue-own" => await client.PostAsync($"/api/assessment/victims/{ownVictim}/feedback-codes", null),
            "issue-other" => await client.PostAsync($"/api/assessment/victims/{otherVictim}/feedback-codes", null),
            "questionnaire" => await client.PostAsJsonAsync("/api/assessment/feedback/questionnaire",
                new { code = await host.IssueCodeAsync(ownVictim) }),
            "answer" => await client.PostAsJsonAsync("/api/assessment/feedback/answers",
                new { code = await host.IssueCodeAsync(ownVictim), answers = new { safe = "4" } }),
            "summary-own" => await client.GetAsync($"/api/assessment/feedback/summary?region={Own}"),
            "summary-other" => await client.GetAsync($"/api/assessment/feedback/summary?region={Other}"),
            "summary-all" => await client.GetAsync("/api/assessment/feedback/summary"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected >= 400)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("\"code\":", body, StringComparison.Ordinal);
            Assert.DoesNotContain("groups", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_refused_issue_for_another_regions_victim_is_audited()
    {
        var victimId = await host.Victims.AddAsync(Other);
        var practitioner = await host.CreateClientAsync("practitioner", Own);

        using var response = await practitioner.PostAsync($"/api/assessment/victims/{victimId}/feedback-codes", null);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM audit.security_audit WHERE action = 'feedback-code-issue' AND subject = '{victimId}' AND outcome = 'refused'"));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>($"SELECT count(*) FROM feedback_codes WHERE victim_id = '{victimId}'"));
    }
}
