using System.Net;
using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Assessment.Tests.Assessments;

/// <summary>
/// Every assessment endpoint × every role, with real tokens, on a victim of the caller's region (BG-05) and one of
/// another (BG-06). Practitioners here are trained: what refuses an untrained one is tested apart.
/// </summary>
public sealed class AssessmentAccessMatrixTests(AssessingHost host) : IClassFixture<AssessingHost>
{
    private const string Own = AssessingHost.Region;
    private const string Other = "BG-06";

    private static readonly string[] Operations =
    [
        "start-own", "start-other", "list-own", "read-own", "read-other", "update-own", "complete-own", "complete-other",
        "decide-own", "apply-own", "diff-own", "overdue",
    ];

    private static readonly Dictionary<string, int[]> Expected = new()
    {
        //                           st-o st-x list read rd-x upd  cmp  cmp-x dec  app  diff overdue
        ["national-admin"] = [201, 201, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
        ["regional-coordinator"] = [201, 404, 200, 200, 404, 200, 403, 403, 200, 200, 200, 200],
        ["practitioner"] = [201, 404, 200, 200, 404, 200, 200, 404, 200, 200, 200, 403],
        ["trainer"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["evaluator"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["publicity-editor"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
    };

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, Expected);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var admin = host.CreateClient();
        var client = host.Assessment.CreateClient();
        if (role != "anonymous")
        {
            var token = await host.UserTokenAsync(role, role is "evaluator" or "publicity-editor" or "national-admin" ? null : Own);
            host.Trained[Jwt.Subject(token)] = true;
            client.WithToken(token);
        }
        var fresh = await AssessingHost.RegisterChildAsync(admin, Own);
        var freshOther = await AssessingHost.RegisterChildAsync(admin, Other);
        var draft = await DraftAsync(admin, Own);
        var draftOther = await DraftAsync(admin, Other);
        var completed = await DraftAsync(admin, Own);
        (await admin.PostAsync($"/api/assessment/victims/{completed}/assessments/1/complete", null)).EnsureSuccessStatusCode();
        var decided = await DraftAsync(admin, Own);
        (await admin.PostAsync($"/api/assessment/victims/{decided}/assessments/1/complete", null)).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/assessment/victims/{decided}/assessments/1/measures/audiovisual-recording/decision",
            new { accepted = true, authority = "court" })).EnsureSuccessStatusCode();
        var facts = new { facts = AssessingHost.SexualViolenceFacts() };

        using var response = operation switch
        {
            "start-own" => await client.PostAsJsonAsync($"/api/assessment/victims/{fresh}/assessments", facts),
            "start-other" => await client.PostAsJsonAsync($"/api/assessment/victims/{freshOther}/assessments", facts),
            "list-own" => await client.GetAsync($"/api/assessment/victims/{draft}/assessments"),
            "read-own" => await client.GetAsync($"/api/assessment/victims/{draft}/assessments/1"),
            "read-other" => await client.GetAsync($"/api/assessment/victims/{draftOther}/assessments/1"),
            "update-own" => await client.PutAsJsonAsync($"/api/assessment/victims/{draft}/assessments/1", AssessingHost.SexualViolenceFacts()),
            "complete-own" => await client.PostAsync($"/api/assessment/victims/{draft}/assessments/1/complete", null),
            "complete-other" => await client.PostAsync($"/api/assessment/victims/{draftOther}/assessments/1/complete", null),
            "decide-own" => await client.PutAsJsonAsync($"/api/assessment/victims/{completed}/assessments/1/measures/audiovisual-recording/decision",
                new { accepted = true, authority = "prosecutor-office" }),
            "apply-own" => await client.PutAsJsonAsync($"/api/assessment/victims/{decided}/assessments/1/measures/audiovisual-recording/application",
                new { applied = true, appliedOn = "2026-11-30", institution = "Районна прокуратура" }),
            "diff-own" => await client.GetAsync($"/api/assessment/victims/{completed}/assessments/diff?from=1&to=1"),
            "overdue" => await client.GetAsync("/api/assessment/assessments/overdue"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        Assert.True((int)response.StatusCode == expected,
            $"{role} {operation}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (response.StatusCode is HttpStatusCode.NotFound && operation.EndsWith("-other", StringComparison.Ordinal))
        {
            var victim = operation == "start-other" ? freshOther : draftOther;
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where action = 'victim-assessment-read' and subject = 'victim/{victim}' and outcome = 'refused'"));
        }
    }

    private static async Task<Guid> DraftAsync(HttpClient admin, string region)
    {
        var victim = await AssessingHost.RegisterChildAsync(admin, region);
        using var started = await admin.PostAsJsonAsync($"/api/assessment/victims/{victim}/assessments",
            new { facts = AssessingHost.SexualViolenceFacts() });
        started.EnsureSuccessStatusCode();
        return victim;
    }
}
