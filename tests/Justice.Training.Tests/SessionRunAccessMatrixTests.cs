using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>
/// Running a session — enrolment, withdrawal, tests, lifecycle, attendance, reactions — × every role, on
/// a BG-05 session of its own per case. "someone" is a BG-05 practitioner who is not the caller;
/// a practitioner caller has their own record linked to their account.
/// </summary>
public sealed class SessionRunAccessMatrixTests(PublishedFrameworkHost host) : IClassFixture<PublishedFrameworkHost>
{
    private const string Own = "BG-05";

    [Fact]
    public async Task A_refusal_on_a_long_route_is_audited_by_route_with_the_path_as_subject()
    {
        var admin = host.CreateClient();
        var token = await host.Identity.UserTokenAsync("evaluator", null);
        var session = await Sessions.CreateSessionAsync(admin, Own);
        var someone = await Sessions.RegisterPractitionerAsync(admin, Own);
        var path = $"/api/training/sessions/{session}/tests/pre/{someone}";

        using var response = await host.Training.CreateClient().WithToken(token).PutAsJsonAsync(path, new { answers = new[] { 1 } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where actor = '{Jwt.Subject(token)}' and outcome = 'refused' "
            + $"and action = 'PUT /api/training/sessions/{{id:guid}}/tests/{{phase}}/{{participantId:guid}}' and subject = '{path}'"));
    }

    private static readonly string[] Operations =
    [
        "enrol-someone", "enrol-self", "withdraw-someone", "pre-test-someone", "read-test", "start", "cancel",
        "attendance", "reaction-someone", "reaction-self", "revoke", "complete",
    ];

    private static readonly Dictionary<string, int[]> Expected = new()
    {
        //                          enrol-s enrol-me wdraw  pre   test  start cancel att  react-s react-me revoke complete
        ["national-admin"] = [201, 400, 200, 204, 200, 200, 200, 204, 204, 404, 404, 200],
        ["regional-coordinator"] = [201, 400, 200, 204, 200, 200, 200, 204, 204, 404, 403, 200],
        ["trainer-assigned"] = [403, 403, 403, 204, 200, 200, 403, 204, 204, 404, 403, 200],
        ["trainer"] = [403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403],
        ["practitioner"] = [403, 201, 403, 403, 200, 403, 403, 403, 403, 204, 403, 403],
        ["evaluator"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["publicity-editor"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
    };

    /// <summary>The practitioner caller's own record, by account (one account per host, and so one record).</summary>
    private static readonly ConcurrentDictionary<string, Task<Guid>> OwnRecords = new();

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, Expected);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var admin = host.CreateClient();
        var client = host.Training.CreateClient();
        var subject = await MatrixSignIn.SignInAsync(host, client, role, Own);
        var session = await Sessions.CreateSessionAsync(admin, Own, null, role == "trainer-assigned" ? [subject!] : []);
        var someone = await Sessions.RegisterPractitionerAsync(admin, Own, "Мария Колева");
        var newcomer = await Sessions.RegisterPractitionerAsync(admin, Own, "Елена Маринова");
        var self = role == "practitioner"
            ? await OwnRecords.GetOrAdd(subject!, account => Sessions.RegisterPractitionerAsync(admin, Own, "Мила Ненова", userId: account))
            : (Guid?)null;
        await Sessions.MoveAsync(admin, session, "open");
        await Sessions.EnrolAsync(admin, session, someone);
        if (self is { } own && operation == "reaction-self")
        {
            await Sessions.EnrolAsync(admin, session, own);
        }
        await Sessions.SetTestAsync(admin, session);
        if (operation is "attendance" or "reaction-someone" or "reaction-self" or "complete")
        {
            await Sessions.MoveAsync(admin, session, "start");
        }
        var ratings = new { ratings = new[] { 5, 4, 4, 5, 5 } };

        using var response = operation switch
        {
            "enrol-someone" => await client.PostAsJsonAsync($"/api/training/sessions/{session}/enrolments", new { participantId = newcomer }),
            "enrol-self" => await client.PostAsJsonAsync($"/api/training/sessions/{session}/enrolments", new { }),
            "withdraw-someone" => await client.DeleteAsync($"/api/training/sessions/{session}/enrolments/{someone}"),
            "pre-test-someone" => await client.PutAsJsonAsync($"/api/training/sessions/{session}/tests/pre/{someone}", new { answers = new[] { 1, 1, 0, 0 } }),
            "read-test" => await client.GetAsync($"/api/training/sessions/{session}/test"),
            "start" => await client.PostAsync($"/api/training/sessions/{session}/start", null),
            "cancel" => await client.PostAsync($"/api/training/sessions/{session}/cancel", null),
            "complete" => await client.PostAsync($"/api/training/sessions/{session}/complete", null),
            "attendance" => await client.PutAsJsonAsync($"/api/training/sessions/{session}/attendance/1", new { present = new[] { someone } }),
            "reaction-someone" => await client.PutAsJsonAsync($"/api/training/sessions/{session}/reactions/{someone}", ratings),
            // Organisers and trainers have no practitioner record: for them, no such participant.
            "reaction-self" => await client.PutAsJsonAsync($"/api/training/sessions/{session}/reactions/{self ?? Guid.Empty}", ratings),
            // An unknown but well-formed code: the role check comes first, then the lookup.
            "revoke" => await client.PostAsJsonAsync("/api/training/certificates/ABCD-EFGH-JKMN/revoke", new { reason = "Грешка" }),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{role} {operation}: expected {expected}, got {(int)response.StatusCode} {body}");
        if (expected >= 400)
        {
            Assert.DoesNotContain("Мария", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Елена", body, StringComparison.Ordinal);
        }
    }
}
