using System.Net.Http.Json;
using System.Text;
using Justice.Network.Tests.Teams;
using Justice.Testing;

namespace Justice.Network.Tests.Institutions;

/// <summary>
/// Every institution endpoint × every role, with real tokens, on institutions of BG-05: its coordinators and national
/// admins manage them; its people, national admins and evaluators read them; national admins alone import. Another
/// region's coordinator gets 403 for the region's list and 404 for its institutions; either refusal is audited, as is
/// every refusal by role.
/// </summary>
public sealed class InstitutionAccessMatrixTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const string Own = "BG-05";
    private const string Other = "BG-06";

    private static readonly string[] Operations = ["list", "create", "read", "update", "delete", "import"];

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, new Dictionary<string, int[]>
    {
        ["national-admin"] = [200, 201, 200, 200, 204, 200],
        ["regional-coordinator"] = [200, 201, 200, 200, 204, 403],
        ["regional-coordinator-other"] = [403, 403, 404, 404, 404, 403],
        ["practitioner"] = [200, 403, 200, 403, 403, 403],
        ["trainer"] = [403, 403, 403, 403, 403, 403],
        ["evaluator"] = [200, 403, 200, 403, 403, 403],
        ["publicity-editor"] = [403, 403, 403, 403, 403, 403],
        ["anonymous"] = [401, 401, 401, 401, 401, 401],
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
        var marker = Guid.NewGuid().ToString("N");
        var institution = await TeamSetup.InstitutionAsync(admin, Own, "ngo", $"Сдружение {marker}");

        using var response = operation switch
        {
            "list" => await client.GetAsync($"/api/network/regions/{Own}/institutions"),
            "create" => await client.PostAsJsonAsync($"/api/network/regions/{Own}/institutions", new { type = "court", nameBg = $"Съд {marker}" }),
            "read" => await client.GetAsync($"/api/network/institutions/{institution}"),
            "update" => await client.PutAsJsonAsync($"/api/network/institutions/{institution}", new { type = "ngo", nameBg = $"Ново {marker}" }),
            "delete" => await client.DeleteAsync($"/api/network/institutions/{institution}"),
            "import" => await client.PostAsync("/api/network/institutions/import", new StringContent(
                $"region_code,type,name_bg,name_en,address,contact\n{Own},bar,Колегия {marker},,,\n", Encoding.UTF8, "text/csv")),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{role} {operation}: expected {expected}, got {(int)response.StatusCode} {body}");
        if (expected >= 400)
        {
            Assert.DoesNotContain(marker, body, StringComparison.Ordinal);
            // Nothing changed: the institution is as it was, and nothing was added.
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from institutions where name_bg like '%{marker}%'"));
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from institutions where id = '{institution}' and name_bg = 'Сдружение {marker}'"));
        }
        if (expected is 403 or 404 && token is not null)
        {
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{Jwt.Subject(token)}' and outcome = 'refused'"));
        }
        if (role == "regional-coordinator-other" && operation != "import")
        {
            var (action, subject) = operation switch
            {
                "list" => ("institutions-read", $"region/{Own}"),
                "create" => ("institution-create", $"region/{Own}"),
                "read" => ("institution-read", $"institution/{institution}"),
                "update" => ("institution-update", $"institution/{institution}"),
                _ => ("institution-delete", $"institution/{institution}"),
            };
            Assert.Equal(1L, await host.Database.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{Jwt.Subject(token!)}' and action = '{action}' and subject = '{subject}' and outcome = 'refused'"));
        }
        if (operation == "list" && expected == 200)
        {
            Assert.Contains(marker, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_list_of_another_region_is_refused_and_audited_for_a_practitioner()
    {
        var token = await host.Identity.UserTokenAsync("practitioner", Own);
        var client = host.CreateClient().WithToken(token);

        using var response = await client.GetAsync($"/api/network/regions/{Other}/institutions");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where actor = '{Jwt.Subject(token)}' and action = 'institutions-read' and subject = 'region/{Other}'"));
    }
}
