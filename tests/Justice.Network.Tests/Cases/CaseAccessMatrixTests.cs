using System.Net;
using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Cases;

/// <summary>
/// Every case endpoint × every role, with real tokens, on a case of BG-22: its coordinators and team members work it,
/// national admins everything; a coordinator of another region, a practitioner not on the team and every other role
/// nothing. A case refused is answered 404, a region's list 403, and each refusal is audited.
/// </summary>
public sealed class CaseAccessMatrixTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const string Own = "BG-22";
    private const string Other = "BG-23";

    private static readonly string[] Operations =
    [
        "open", "list", "list-region", .. CaseOperations.Reads, .. CaseOperations.Changes,
    ];

    private static readonly Dictionary<string, int[]> Expected = new()
    {
        //                           open list l-rg read p-rd i-rd eval lead feed p-ac p-dn p-rv conf intv info clos
        ["national-admin"] = [201, 200, 200, 200, 200, 200, 200, 204, 204, 201, 200, 201, 201, 201, 200, 200],
        ["coordinator"] = [201, 200, 200, 200, 200, 200, 200, 204, 204, 201, 200, 201, 201, 201, 200, 200],
        ["coordinator-other"] = [403, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["team-member"] = [201, 200, 200, 200, 200, 200, 200, 204, 204, 201, 200, 201, 201, 201, 200, 200],
        ["practitioner"] = [403, 403, 403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404],
        ["trainer"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["evaluator"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["publicity-editor"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
        ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
    };

    private readonly CaseOperations _operations = new(host, Own);

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, Expected);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await _operations.PrepareAsync(admin);
        var client = host.CreateClient();
        string? account = null;
        if (role != "anonymous")
        {
            var token = await TokenAsync(role);
            account = Jwt.Subject(token);
            client.WithToken(token);
            if (role == "team-member")
            {
                await host.TeamMemberAsync(Own, account);
            }
        }

        using var response = operation switch
        {
            "open" => await client.PostAsJsonAsync("/api/network/cases", new { victimId = Guid.NewGuid(), regionCode = Own, ageGroup = "adult" }),
            "list" => await client.GetAsync("/api/network/cases"),
            "list-region" => await client.GetAsync($"/api/network/cases?region={Own}"),
            _ => await _operations.RunAsync(client, operation, caseId),
        };

        Assert.True((int)response.StatusCode == expected,
            $"{role} {operation}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected == 404)
        {
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{account}' and subject = 'case/{caseId}' and outcome = 'refused'"));
        }
        else if (expected == 403)
        {
            var subject = operation switch
            {
                "open" or "list-region" when role is "coordinator-other" or "practitioner" => Own,
                "list" when role is "practitioner" => Own,
                _ => null,
            };
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{account}' and outcome = 'refused'"
                + (subject is null ? "" : $" and subject = '{subject}'")));
        }
    }

    private async Task<string> TokenAsync(string role) => role switch
    {
        "coordinator" => await host.Identity.UserTokenAsync("regional-coordinator", Own),
        "coordinator-other" => await host.Identity.UserTokenAsync("regional-coordinator", Other),
        "team-member" or "practitioner" => await host.Identity.UserTokenAsync("practitioner", Own),
        "trainer" => await host.Identity.UserTokenAsync("trainer", Own),
        _ => await host.Identity.UserTokenAsync(role, null),
    };
}
