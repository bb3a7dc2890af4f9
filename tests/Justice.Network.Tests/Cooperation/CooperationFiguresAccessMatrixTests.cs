using Justice.Testing;

namespace Justice.Network.Tests.Cooperation;

/// <summary>
/// The cooperation figures × every role, with real tokens: national admins, evaluators and machine clients read every
/// figure; a coordinator reads their own region's only (BG-05 here), and is refused another region's and the national
/// list; anyone else is refused. Every refusal of a signed-in caller is audited.
/// </summary>
public sealed class CooperationFiguresAccessMatrixTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const string Own = "BG-05";
    private const string Other = "BG-06";

    private static readonly string[] Operations = ["national", "region-own", "region-other"];

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, new Dictionary<string, int[]>
    {
        ["national-admin"] = [200, 200, 200],
        ["regional-coordinator"] = [403, 200, 403],
        ["practitioner"] = [403, 403, 403],
        ["trainer"] = [403, 403, 403],
        ["evaluator"] = [200, 200, 200],
        ["publicity-editor"] = [403, 403, 403],
        ["service"] = [200, 200, 200],
        ["anonymous"] = [401, 401, 401],
    });

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var token = role switch
        {
            "anonymous" => null,
            "service" => await host.Identity.ClientTokenAsync(),
            "national-admin" or "evaluator" or "publicity-editor" => await host.Identity.UserTokenAsync(role, null),
            _ => await host.Identity.UserTokenAsync(role, Own),
        };
        var client = token is null ? host.CreateClient() : host.CreateClient().WithToken(token);

        using var response = await client.GetAsync(operation switch
        {
            "national" => "/api/network/figures/cooperation",
            "region-own" => $"/api/network/regions/{Own}/figures/cooperation",
            "region-other" => $"/api/network/regions/{Other}/figures/cooperation",
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected, $"{role} {operation}: expected {expected}, got {(int)response.StatusCode} {body}");
        if (expected >= 400)
        {
            Assert.DoesNotContain("effectivePercent", body, StringComparison.Ordinal);
        }
        if (expected == 403)
        {
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"SELECT count(*) FROM audit.security_audit WHERE actor = '{Jwt.Subject(token!)}' AND outcome = 'refused'"));
        }
    }
}
