using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Teams;

/// <summary>
/// Every team endpoint × every role, with real tokens, on the team of BG-05: its coordinators and national admins
/// manage it; its coordinators and practitioners and national admins read it (evaluators see teams as figures only);
/// another region's coordinator is refused (403, audited); every other role gets 403 (audited), and no token 401.
/// </summary>
public sealed class TeamAccessMatrixTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const string Own = "BG-05";
    private const string Other = "BG-06";

    private static readonly string[] Operations = ["read", "put-member", "remove-member"];

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, new Dictionary<string, int[]>
    {
        ["national-admin"] = [200, 201, 204],
        ["regional-coordinator"] = [200, 201, 204],
        ["regional-coordinator-other"] = [403, 403, 403],
        ["practitioner"] = [200, 403, 403],
        ["trainer"] = [403, 403, 403],
        ["evaluator"] = [403, 403, 403],
        ["publicity-editor"] = [403, 403, 403],
        ["anonymous"] = [401, 401, 401],
    });

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var admin = await host.CreateAdminClientAsync();
        var client = host.CreateClient();
        string? token = null;
        if (role != "anonymous")
        {
            token = role switch
            {
                "regional-coordinator-other" => await host.Identity.UserTokenAsync("regional-coordinator", Other),
                "evaluator" or "publicity-editor" or "national-admin" => await host.Identity.UserTokenAsync(role, null),
                _ => await host.Identity.UserTokenAsync(role, Own),
            };
            client.WithToken(token);
        }
        var institution = await TeamSetup.InstitutionAsync(admin, Own, "police");
        var newcomer = await TeamSetup.RosterAsync(host, Own);
        var member = await TeamSetup.RosterAsync(host, Own);
        (await TeamSetup.PutMemberAsync(admin, Own, member, institution, accountId: $"account-{member:N}")).EnsureSuccessStatusCode();

        using var response = operation switch
        {
            "read" => await client.GetAsync($"/api/network/regions/{Own}/team"),
            "put-member" => await TeamSetup.PutMemberAsync(client, Own, newcomer, institution),
            "remove-member" => await client.DeleteAsync($"/api/network/regions/{Own}/team/members/{member}"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{role} {operation}: expected {expected}, got {(int)response.StatusCode} {body}");
        if (expected >= 400)
        {
            Assert.DoesNotContain("account-", body, StringComparison.Ordinal);
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from team_members where practitioner_id = '{member}'"));
            Assert.Equal(0L, await host.Database.ScalarAsync<long>(
                $"select count(*) from team_members where practitioner_id = '{newcomer}'"));
        }
        if (expected == 403)
        {
            // Refused by role at the door, or by region in the handler: either way in the audit, by this caller.
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{Jwt.Subject(token!)}' and outcome = 'refused'"));
        }
        if (role == "regional-coordinator-other")
        {
            var action = operation switch { "read" => "team-read", "put-member" => "team-member-put", _ => "team-member-remove" };
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{Jwt.Subject(token!)}' and action = '{action}' and subject = 'region/{Own}'"));
        }
        if (operation == "read" && expected == 200)
        {
            // Accounts are shown to those who manage the team only.
            var account = $"account-{member:N}";
            Assert.Equal(role is "national-admin" or "regional-coordinator", body.Contains(account, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Another_regions_coordinator_cannot_change_the_team_even_with_a_valid_body()
    {
        var admin = await host.CreateAdminClientAsync();
        var institution = await TeamSetup.InstitutionAsync(admin, Own, "court");
        var practitioner = await TeamSetup.RosterAsync(host, Own);
        var stranger = host.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", Other));

        using var response = await stranger.PutAsJsonAsync($"/api/network/regions/{Own}/team/members/{practitioner}",
            new { institutionId = institution, role = "coordinator" });

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
