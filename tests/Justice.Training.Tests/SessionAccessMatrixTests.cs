using System.Net;
using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>
/// Every session, learning, certificate, supervision and own-record endpoint × every role, with real tokens:
/// a session of the caller's region (BG-05) and one of another region (BG-06). "trainer-assigned" runs the
/// BG-05 session; "trainer" is a trainer of the region who does not.
/// </summary>
public sealed class SessionAccessMatrixTests(PublishedFrameworkHost host) : IClassFixture<PublishedFrameworkHost>
{
    private const string Own = "BG-05";
    private const string Other = "BG-06";

    private static readonly string[] Operations =
    [
        "create-own", "create-other", "read-own", "read-other", "list", "open-own", "participants-own", "participants-other",
        "test-own", "results-own", "certificates-own", "supervision-list", "supervision-record", "me",
    ];

    private static readonly Dictionary<string, int[]> Expected = new()
    {
        //                           c-own c-oth r-own r-oth list open part-o part-x test res  cert sup-l sup-r me
        ["national-admin"] = [201, 201, 200, 200, 200, 200, 200, 200, 204, 200, 200, 200, 201, 403],
        ["regional-coordinator"] = [201, 403, 200, 404, 200, 200, 200, 404, 204, 200, 200, 200, 201, 403],
        ["trainer-assigned"] = [403, 403, 200, 404, 200, 403, 200, 404, 204, 200, 200, 200, 201, 403],
        ["trainer"] = [403, 403, 200, 404, 200, 403, 403, 404, 403, 403, 403, 200, 201, 403],
        ["practitioner"] = [403, 403, 200, 404, 200, 403, 403, 404, 403, 403, 403, 403, 403, 404],
        ["evaluator"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["publicity-editor"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
    };

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, Expected);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var admin = host.CreateClient();
        var client = host.Training.CreateClient();
        var subject = await MatrixSignIn.SignInAsync(host, client, role, Own);
        string[] trainerIds = role == "trainer-assigned" ? [subject!] : [];
        var own = await Sessions.CreateSessionAsync(admin, Own, null, trainerIds);
        var other = await Sessions.CreateSessionAsync(admin, Other);
        var practitioner = await Sessions.RegisterPractitionerAsync(admin, Own);

        using var response = operation switch
        {
            "create-own" => await client.PostAsJsonAsync("/api/training/sessions", Plan(Own)),
            "create-other" => await client.PostAsJsonAsync("/api/training/sessions", Plan(Other)),
            "read-own" => await client.GetAsync($"/api/training/sessions/{own}"),
            "read-other" => await client.GetAsync($"/api/training/sessions/{other}"),
            "list" => await client.GetAsync("/api/training/sessions"),
            "open-own" => await client.PostAsync($"/api/training/sessions/{own}/open", null),
            "participants-own" => await client.GetAsync($"/api/training/sessions/{own}/enrolments"),
            "participants-other" => await client.GetAsync($"/api/training/sessions/{other}/enrolments"),
            "test-own" => await client.PutAsJsonAsync($"/api/training/sessions/{own}/test", new
            {
                questions = new[] { new { competency = "C1", text = "Въпрос", options = new[] { "а", "б" }, correct = 0 } },
            }),
            "results-own" => await client.GetAsync($"/api/training/sessions/{own}/results"),
            "certificates-own" => await client.GetAsync($"/api/training/sessions/{own}/certificates"),
            "supervision-list" => await client.GetAsync("/api/training/supervision"),
            "supervision-record" => await client.PostAsJsonAsync("/api/training/supervision", new
            {
                regionCode = Own, heldOn = "2026-11-20", supervisor = "Мила Ненова", practitionerIds = new[] { practitioner },
                casesDiscussed = 1, competencies = new[] { "C1" },
            }),
            "me" => await client.GetAsync("/api/training/me"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{role} {operation}: expected {expected}, got {(int)response.StatusCode} {body}");
        if (expected >= 400)
        {
            Assert.DoesNotContain("Елена", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Мария", body, StringComparison.Ordinal);
            Assert.DoesNotContain("venue", body, StringComparison.Ordinal);
        }
    }

    private static object Plan(string region) => new
    {
        regionCode = region, title = "Обучение", venue = "Съдебна палата", startsOn = "2027-03-01", endsOn = "2027-03-02",
    };
}
