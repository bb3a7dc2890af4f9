using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>
/// Every endpoint of Training and Network × every role × own region / other region, with real tokens:
/// what is allowed succeeds, everything else answers 401, 403 or 404 — and no answer leaks a record.
/// </summary>
public sealed class AccessMatrixTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private const string Own = "BG-05";
    private const string Other = "BG-06";

    // Expected status per (role, operation). Operations: read own record, read other region's record,
    // register in own region, register in other region, own roster, other roster, region over gRPC.
    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        void Row(string role, params (string Operation, int Status)[] cells)
        {
            foreach (var (operation, status) in cells)
            {
                data.Add(role, operation, status);
            }
        }
        Row("national-admin", ("read-own", 200), ("read-other", 200), ("register-own", 201), ("register-other", 201), ("roster-own", 200), ("roster-other", 200), ("list", 200));
        Row("regional-coordinator", ("read-own", 200), ("read-other", 404), ("register-own", 201), ("register-other", 403), ("roster-own", 200), ("roster-other", 404), ("list", 200));
        Row("trainer", ("read-own", 200), ("read-other", 404), ("register-own", 403), ("register-other", 403), ("roster-own", 200), ("roster-other", 404), ("list", 200));
        Row("practitioner", ("read-own", 403), ("read-other", 403), ("register-own", 403), ("register-other", 403), ("roster-own", 200), ("roster-other", 404), ("list", 403));
        Row("evaluator", ("read-own", 403), ("read-other", 403), ("register-own", 403), ("register-other", 403), ("roster-own", 200), ("roster-other", 200), ("list", 403));
        Row("publicity-editor", ("read-own", 403), ("read-other", 403), ("register-own", 403), ("register-other", 403), ("roster-own", 200), ("roster-other", 200), ("list", 403));
        Row("anonymous", ("read-own", 401), ("read-other", 401), ("register-own", 401), ("register-other", 401), ("roster-own", 401), ("roster-other", 401), ("list", 401));
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var training = host.Training.CreateClient();
        var network = host.Network.CreateClient();
        if (role != "anonymous")
        {
            var token = await host.CallerTokenAsync(role, () =>
                host.Identity.UserTokenAsync(role, role is "evaluator" or "publicity-editor" or "national-admin" ? null : Own));
            training.WithToken(token);
            network.WithToken(token);
        }
        var ownRecord = await RegisterAsAdminAsync(Own);
        var otherRecord = await RegisterAsAdminAsync(Other);

        using var response = operation switch
        {
            "read-own" => await training.GetAsync($"/api/training/practitioners/{ownRecord}"),
            "read-other" => await training.GetAsync($"/api/training/practitioners/{otherRecord}"),
            "register-own" => await Register(training, Own),
            "register-other" => await Register(training, Other),
            "roster-own" => await network.GetAsync($"/api/network/regions/{Own}/roster"),
            "roster-other" => await network.GetAsync($"/api/network/regions/{Other}/roster"),
            "list" => await training.GetAsync($"/api/training/practitioners?region={Other}"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        Assert.Equal(expected, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (expected >= 400)
        {
            // A refusal may echo the path the caller asked for, never a record's content.
            Assert.DoesNotContain("Елена", body, StringComparison.Ordinal);
            Assert.DoesNotContain("fullName", body, StringComparison.Ordinal);
            Assert.DoesNotContain("institution", body, StringComparison.Ordinal);
        }
        if (operation == "list" && expected == 200 && role != "national-admin")
        {
            var page = JsonDocument.Parse(body).RootElement;
            Assert.Equal(0, page.GetProperty("total").GetInt32()); // the other region's practitioners stay hidden
        }
    }

    [Fact]
    public async Task Error_responses_carry_no_stack_trace_or_SQL()
    {
        var admin = host.CreateClient();
        HttpResponseMessage[] responses =
        [
            await admin.PostAsync("/api/training/practitioners", new StringContent("{\"fullName\":", System.Text.Encoding.UTF8, "application/json")),
            await admin.PostAsync("/api/training/practitioners", new StringContent("{\"fullName\":1}", System.Text.Encoding.UTF8, "application/json")),
            await admin.GetAsync("/api/training/practitioners?page=99999999999"),
            await admin.GetAsync($"/api/training/practitioners/{Guid.NewGuid()}"),
            await host.Training.CreateClient().GetAsync("/api/training/practitioners"),
            await host.Training.CreateClient().WithToken("not.a.token").GetAsync("/api/training/practitioners"),
        ];

        foreach (var response in responses)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode is >= 400 and < 500, body);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            Assert.DoesNotContain("SELECT", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
            response.Dispose();
        }
    }

    private static Task<HttpResponseMessage> Register(HttpClient client, string region) =>
        client.PostAsJsonAsync("/api/training/practitioners",
            new { fullName = "Елена Маринова", profession = "social-worker", institution = "ДСП", regionCode = region });

    private async Task<Guid> RegisterAsAdminAsync(string region)
    {
        using var response = await Register(host.CreateClient(), region);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
