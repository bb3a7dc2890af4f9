using System.Net;
using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Referrals;

/// <summary>
/// Every referral endpoint × every caller (<see cref="Callers"/>: one account each, made once for the class), with real
/// tokens, on a case of the callers' region. Whoever may not see a record gets 404 as if it did not exist, a region's
/// list 403, and every refusal is in the security audit under the caller, once.
/// </summary>
public sealed class ReferralAccessMatrixTests(MatrixHost matrix) : IClassFixture<MatrixHost>
{
    private const string Own = Callers.Region;

    private static readonly string[] Operations = ["issue", "list", "read", "accept", "reject", "complete", "revoke", "overdue"];

    private static readonly Dictionary<string, int[]> Expected = new()
    {
        //                                issue list read acc  rej  cmp  rev  overdue
        ["national-admin"] = [201, 200, 200, 200, 200, 200, 200, 200],
        ["coordinator"] = [201, 200, 200, 200, 200, 200, 200, 200],
        ["coordinator-elsewhere"] = [404, 404, 404, 404, 404, 404, 404, 403],
        ["team-member"] = [201, 200, 200, 200, 200, 200, 200, 200],
        ["practitioner"] = [404, 404, 404, 404, 404, 404, 404, 403],
        ["trainer"] = [403, 403, 403, 403, 403, 403, 403, 403],
        ["evaluator"] = [403, 403, 403, 403, 403, 403, 403, 403],
        ["publicity-editor"] = [403, 403, 403, 403, 403, 403, 403, 403],
        ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401],
    };

    private readonly ReferralScene _scene = new(matrix.Network.Services);

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, Expected);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var admin = await matrix.Network.CreateAdminClientAsync();
        var client = await matrix.Callers.ClientAsync(role);
        var refusals = await matrix.Callers.RefusalsAsync(role);
        var @case = await _scene.CaseAsync(Own);
        var sent = await ReferralScene.IssueAsync(admin, @case, DateTimeOffset.UtcNow.AddDays(7));
        var accepted = await ReferralScene.IssueAsync(admin, @case, DateTimeOffset.UtcNow.AddDays(7));
        await ReferralScene.DoAsync(admin, accepted, "accept");

        using var response = operation switch
        {
            "issue" => await client.PostAsJsonAsync($"/api/network/cases/{@case.CaseId}/referrals",
                ReferralScene.Body(@case, DateTimeOffset.UtcNow.AddDays(7))),
            "list" => await client.GetAsync($"/api/network/cases/{@case.CaseId}/referrals"),
            "read" => await client.GetAsync($"/api/network/referrals/{sent}"),
            "accept" => await client.PostAsync($"/api/network/referrals/{sent}/accept", null),
            "reject" => await client.PostAsJsonAsync($"/api/network/referrals/{sent}/reject", new { reason = "Нямаме капацитет." }),
            "complete" => await client.PostAsync($"/api/network/referrals/{accepted}/complete", null),
            "revoke" => await client.PostAsync($"/api/network/referrals/{sent}/revoke", null),
            "overdue" => await client.GetAsync($"/api/network/regions/{Own}/referrals/overdue"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        Assert.True((int)response.StatusCode == expected,
            $"{role} {operation}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected >= 400)
        {
            // A refused change changed nothing.
            Assert.Equal(1L, await matrix.Network.Database.ScalarAsync<long>($"select count(*) from referrals where case_id = '{@case.CaseId}' and state = 'Sent'"));
            Assert.Equal(1L, await matrix.Network.Database.ScalarAsync<long>($"select count(*) from referrals where case_id = '{@case.CaseId}' and state = 'Accepted'"));
            Assert.Equal(2L, await matrix.Network.Database.ScalarAsync<long>($"select count(*) from referrals where case_id = '{@case.CaseId}'"));
        }
        if (expected is 403 or 404)
        {
            var subject = (expected, operation) switch
            {
                (403, "overdue") when role is not ("trainer" or "evaluator" or "publicity-editor") => $"region/{Own}",
                (403, _) => new Uri(client.BaseAddress!, response.RequestMessage!.RequestUri!).AbsolutePath,
                (_, "issue" or "list") => $"case/{@case.CaseId}",
                (_, "complete") => $"referral/{accepted}",
                _ => $"referral/{sent}",
            };
            Assert.Equal(1L, await matrix.Callers.RefusalsAsync(role, subject));
            Assert.Equal(1L, await matrix.Callers.RefusalsAsync(role) - refusals);
        }
    }
}
