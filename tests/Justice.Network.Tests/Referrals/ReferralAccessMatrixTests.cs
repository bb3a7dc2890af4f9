using System.Net;
using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Referrals;

/// <summary>
/// Every referral endpoint × every role, with real tokens, on a case of the region BG-05. Whoever may not see a record
/// gets 404 as if it did not exist, a region's list 403, and every refusal is in the security audit under the caller.
/// </summary>
[Collection(ReferralsCollection.Name)]
public sealed class ReferralAccessMatrixTests(NetworkHost host)
{
    private const string Own = "BG-05";
    private const string Other = "BG-06";

    private static readonly string[] Operations = ["issue", "list", "read", "accept", "reject", "complete", "revoke", "overdue"];

    private static readonly Dictionary<string, int[]> Expected = new()
    {
        //                                issue list read acc  rej  cmp  rev  overdue
        ["national-admin"] = [201, 200, 200, 200, 200, 200, 200, 200],
        ["coordinator"] = [201, 200, 200, 200, 200, 200, 200, 200],
        ["coordinator-of-another-region"] = [404, 404, 404, 404, 404, 404, 404, 403],
        ["team-member"] = [201, 200, 200, 200, 200, 200, 200, 200],
        ["practitioner-not-on-the-team"] = [404, 404, 404, 404, 404, 404, 404, 403],
        ["trainer"] = [403, 403, 403, 403, 403, 403, 403, 403],
        ["evaluator"] = [403, 403, 403, 403, 403, 403, 403, 403],
        ["publicity-editor"] = [403, 403, 403, 403, 403, 403, 403, 403],
        ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401],
    };

    private readonly ReferralScene _scene = new(host.Services);

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, Expected);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var admin = await host.CreateAdminClientAsync();
        var client = host.CreateClient();
        string? account = null;
        if (role != "anonymous")
        {
            var token = await TokenAsync(role);
            account = Jwt.Subject(token);
            client.WithToken(token);
            if (role == "team-member")
            {
                await _scene.JoinTeamAsync(Own, account);
            }
        }
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
            Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from referrals where case_id = '{@case.CaseId}' and state = 'Sent'"));
            Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from referrals where case_id = '{@case.CaseId}' and state = 'Accepted'"));
            Assert.Equal(2L, await host.Database.ScalarAsync<long>($"select count(*) from referrals where case_id = '{@case.CaseId}'"));
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
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{account}' and subject = '{subject}' and outcome = 'refused'"));
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{account}'"));
        }
    }

    private async Task<string> TokenAsync(string role) => role switch
    {
        "coordinator" => await host.Identity.UserTokenAsync("regional-coordinator", Own),
        "coordinator-of-another-region" => await host.Identity.UserTokenAsync("regional-coordinator", Other),
        "team-member" or "practitioner-not-on-the-team" => await host.Identity.UserTokenAsync("practitioner", Own),
        "national-admin" or "evaluator" or "publicity-editor" => await host.Identity.UserTokenAsync(role, null),
        _ => await host.Identity.UserTokenAsync(role, Own),
    };
}
