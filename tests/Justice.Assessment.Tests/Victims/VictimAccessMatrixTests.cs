using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Assessment.Tests.Victims;

/// <summary>
/// Every victims endpoint × every role, with real tokens: the victim's region's practitioners and coordinators, and
/// national admins, get what they may; another region's record is 404; everyone else 403; no token 401.
/// </summary>
public sealed class VictimAccessMatrixTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private const string Own = "BG-05";
    private const string Other = "BG-06";

    private static readonly string[] Operations =
    [
        "register-own", "register-other", "read-own", "read-other", "update-own", "update-other", "list", "lookup-own",
        "lookup-other", "break-the-glass-other", "review-break-the-glass", "rotate-keys", "verify-read-audit",
    ];

    public static TheoryData<string, string, int> Matrix()
    {
        int[] outsiders = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403];
        return Cases(new Dictionary<string, int[]>
        {
            ["national-admin"] = [201, 201, 200, 200, 204, 204, 200, 200, 200, 403, 200, 200, 200],
            ["regional-coordinator"] = [201, 403, 200, 404, 204, 404, 200, 200, 404, 201, 403, 403, 403],
            ["practitioner"] = [201, 403, 200, 404, 204, 404, 200, 200, 404, 403, 403, 403, 403],
            ["evaluator"] = outsiders,
            ["trainer"] = outsiders,
            ["publicity-editor"] = outsiders,
            ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
        });
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var client = host.Assessment.CreateClient();
        if (role != "anonymous")
        {
            client.WithToken(await host.UserTokenAsync(role, Own));
        }
        var ownId = TestNationalIds.New();
        var otherId = TestNationalIds.New();
        var own = await host.RegisterAsync(Own, "Собствена Жертва", ownId);
        var other = await host.RegisterAsync(Other, "Чужда Жертва", otherId);
        client.DefaultRequestHeaders.Add("X-Access-Purpose", "assessment");

        using var response = operation switch
        {
            "register-own" => await client.PostAsJsonAsync("/api/assessment/victims", AssessmentHost.VictimBody(Own)),
            "register-other" => await client.PostAsJsonAsync("/api/assessment/victims", AssessmentHost.VictimBody(Other)),
            "read-own" => await client.GetAsync($"/api/assessment/victims/{own}"),
            "read-other" => await client.GetAsync($"/api/assessment/victims/{other}"),
            "update-own" => await client.PutAsJsonAsync($"/api/assessment/victims/{own}", Update()),
            "update-other" => await client.PutAsJsonAsync($"/api/assessment/victims/{other}", Update()),
            "list" => await client.GetAsync("/api/assessment/victims?pageSize=100"),
            "lookup-own" => await client.PostAsJsonAsync("/api/assessment/victims/lookup", new { nationalId = ownId }),
            "lookup-other" => await client.PostAsJsonAsync("/api/assessment/victims/lookup", new { nationalId = otherId }),
            "break-the-glass-other" => await client.PostAsJsonAsync($"/api/assessment/victims/{other}/break-the-glass", new { reason = "спешно" }),
            "review-break-the-glass" => await client.GetAsync("/api/assessment/victims/break-the-glass"),
            "rotate-keys" => await client.PostAsync("/api/assessment/keys/rotate", null),
            "verify-read-audit" => await client.GetAsync("/api/assessment/read-audit/verification"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{(int)response.StatusCode}: {body}");
        if (expected >= 400)
        {
            Assert.DoesNotContain("Жертва", body, StringComparison.Ordinal);
            Assert.DoesNotContain(otherId, body, StringComparison.Ordinal);
        }
        if (operation == "list" && expected == 200)
        {
            // Pseudonymous only; a regional caller sees their own region.
            Assert.DoesNotContain("Жертва", body, StringComparison.Ordinal);
            Assert.DoesNotContain("personal", body, StringComparison.Ordinal);
            var regions = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray()
                .Select(item => item.GetProperty("regionCode").GetString()).ToHashSet();
            Assert.Contains(Own, regions);
            Assert.Equal(role != "national-admin", !regions.Contains(Other));
        }
    }

    [Fact]
    public async Task Refusals_are_in_the_security_audit()
    {
        var other = await host.RegisterAsync(Other);
        var client = await host.CreateClientAsync("practitioner", Own);
        using var read = await client.GetAsync($"/api/assessment/victims/{other}?purpose=assessment");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM audit.security_audit WHERE action = 'victim-read' AND subject = 'victim/{other}' AND outcome = 'refused'"));
    }

    private static object Update() => new
    {
        ageGroup = "child",
        sex = "male",
        preferredLanguage = "en",
        personal = new { fullName = "Променено Име" },
    };

    private static TheoryData<string, string, int> Cases(IReadOnlyDictionary<string, int[]> expected)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (role, statuses) in expected)
        {
            Assert.Equal(Operations.Length, statuses.Length);
            for (var i = 0; i < Operations.Length; i++)
            {
                data.Add(role, Operations[i], statuses[i]);
            }
        }
        return data;
    }
}
