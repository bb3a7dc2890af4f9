using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>Who may do what in Training, with real tokens from the identity service.</summary>
public sealed class AccessTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task A_BG05_coordinator_sees_no_BG06_practitioner_and_reading_one_is_404_and_audited()
    {
        var bg06 = await RegisterAsync(host.CreateClient(), "BG-06");
        await RegisterAsync(host.CreateClient(), "BG-05");
        var coordinator = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-05"));

        var filtered = await coordinator.GetFromJsonAsync<JsonElement>("/api/training/practitioners?region=BG-06");
        var all = await coordinator.GetFromJsonAsync<JsonElement>("/api/training/practitioners");
        using var read = await coordinator.GetAsync($"/api/training/practitioners/{bg06}");

        Assert.Equal(0, filtered.GetProperty("total").GetInt32());
        Assert.All(all.GetProperty("items").EnumerateArray(), p => Assert.Equal("BG-05", p.GetProperty("regionCode").GetString()));
        Assert.True(all.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'practitioner-read' and subject = '{bg06}' and outcome = 'refused'"));
    }

    [Fact]
    public async Task A_coordinator_registers_in_their_own_region_only()
    {
        var coordinator = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-20"));

        using var own = await PostAsync(coordinator, "BG-20");
        using var other = await PostAsync(coordinator, "BG-21");

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(0L, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from practitioners where region_code = 'BG-21'"));
    }

    [Theory]
    [InlineData("practitioner", "BG-05", HttpStatusCode.Forbidden)]
    [InlineData("evaluator", null, HttpStatusCode.Forbidden)]
    [InlineData("publicity-editor", null, HttpStatusCode.Forbidden)]
    [InlineData("trainer", "BG-05", HttpStatusCode.OK)]
    public async Task Reading_the_practitioner_list_needs_a_role_that_works_with_practitioners(string role, string? region, HttpStatusCode expected)
    {
        var client = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync(role, region));

        using var response = await client.GetAsync("/api/training/practitioners");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var subject = TokenRequests.Payload(client.DefaultRequestHeaders.Authorization!.Parameter!).GetProperty("sub").GetString();
            Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
                $"select count(*) from audit.security_audit where actor = '{subject}' and action = 'GET /api/training/practitioners' and outcome = 'refused'"));
        }
    }

    [Fact]
    public async Task Without_a_valid_token_nothing_answers()
    {
        var anonymous = host.Training.CreateClient();
        var forged = host.Training.CreateClient().WithToken(host.AdminToken[..^4] + "AAAA");

        using var list = await anonymous.GetAsync("/api/training/practitioners");
        using var register = await PostAsync(anonymous, "BG-05");
        using var tampered = await forged.GetAsync("/api/training/practitioners");

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, register.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string region) =>
        client.PostAsJsonAsync("/api/training/practitioners",
            new { fullName = "Елена Маринова", profession = "social-worker", institution = "ДСП", regionCode = region });

    private static async Task<Guid> RegisterAsync(HttpClient client, string region)
    {
        using var response = await PostAsync(client, region);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
