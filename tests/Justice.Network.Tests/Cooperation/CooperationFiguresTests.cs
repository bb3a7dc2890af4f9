using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Cooperation;

/// <summary>The cooperation figures over REST: counted from the cases' stored state, by region and nationally.</summary>
public sealed class CooperationFiguresTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task A_regions_figures_count_its_open_closed_and_effective_cases_against_the_target()
    {
        await host.AddCasesAsync("BG-14", open: 3, effective: 3, ineffective: 1);

        var figures = await GetAsync(await host.CreateAdminClientAsync(), "/api/network/regions/BG-14/figures/cooperation", "en");

        Assert.Equal("BG-14", figures.GetProperty("regionCode").GetString());
        Assert.Equal("Pernik", figures.GetProperty("name").GetString());
        Assert.Equal(3, figures.GetProperty("open").GetInt32());
        Assert.Equal(4, figures.GetProperty("closed").GetInt32());
        Assert.Equal(3, figures.GetProperty("effective").GetInt32());
        Assert.Equal(75.0, figures.GetProperty("effectivePercent").GetDouble());
        Assert.Equal(75, figures.GetProperty("target").GetInt32());
        Assert.True(figures.GetProperty("meetsTarget").GetBoolean());
        Assert.Equal(JsonValueKind.Null, figures.GetProperty("teamId").ValueKind);
    }

    [Fact]
    public async Task One_effective_case_of_two_closed_is_50_percent_and_short_of_the_target()
    {
        await host.AddCasesAsync("BG-15", open: 1, effective: 1, ineffective: 1);

        var figures = await GetAsync(await host.CreateAdminClientAsync(), "/api/network/regions/bg-15/figures/cooperation");

        Assert.Equal(2, figures.GetProperty("closed").GetInt32());
        Assert.Equal(50.0, figures.GetProperty("effectivePercent").GetDouble());
        Assert.False(figures.GetProperty("meetsTarget").GetBoolean());
    }

    [Fact]
    public async Task A_region_without_closed_cases_shows_zero_percent_and_does_not_meet_the_target()
    {
        await host.AddCasesAsync("BG-16", open: 2, effective: 0, ineffective: 0);

        var figures = await GetAsync(await host.CreateAdminClientAsync(), "/api/network/regions/BG-16/figures/cooperation");

        Assert.Equal(2, figures.GetProperty("open").GetInt32());
        Assert.Equal(0, figures.GetProperty("closed").GetInt32());
        Assert.Equal(0.0, figures.GetProperty("effectivePercent").GetDouble());
        Assert.False(figures.GetProperty("meetsTarget").GetBoolean());
    }

    [Fact]
    public async Task A_regions_figures_are_its_teams()
    {
        var teamId = await host.AddTeamAsync("BG-17", null, ("police", true));

        var figures = await GetAsync(await host.CreateAdminClientAsync(), "/api/network/regions/BG-17/figures/cooperation");

        Assert.Equal(teamId, figures.GetProperty("teamId").GetGuid());
    }

    [Fact]
    public async Task The_national_figures_list_all_28_regions_and_total_them()
    {
        await host.AddCasesAsync("BG-19", open: 2, effective: 1, ineffective: 0);

        var figures = await GetAsync(await host.CreateAdminClientAsync(), "/api/network/figures/cooperation", "fr");

        var regions = figures.GetProperty("regions").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 28).Select(n => $"BG-{n:00}"), regions.Select(r => r.GetProperty("regionCode").GetString()));
        var silistra = regions.Single(r => r.GetProperty("regionCode").GetString() == "BG-19");
        Assert.Equal("Silistra", silistra.GetProperty("name").GetString());
        Assert.Equal(100.0, silistra.GetProperty("effectivePercent").GetDouble());
        var national = figures.GetProperty("national");
        foreach (var field in new[] { "open", "closed", "effective" })
        {
            Assert.Equal(regions.Sum(r => r.GetProperty(field).GetInt32()), national.GetProperty(field).GetInt32());
        }
        var closed = national.GetProperty("closed").GetInt32();
        Assert.True(closed >= 1);
        Assert.Equal(Math.Round(national.GetProperty("effective").GetInt32() * 100.0 / closed, 1), national.GetProperty("effectivePercent").GetDouble());
        Assert.Equal(75, national.GetProperty("target").GetInt32());
    }

    [Fact]
    public async Task A_coordinator_reads_their_own_regions_figures()
    {
        await host.AddCasesAsync("BG-20", open: 0, effective: 2, ineffective: 0);
        var coordinator = host.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-20"));

        var figures = await GetAsync(coordinator, "/api/network/regions/BG-20/figures/cooperation");

        Assert.Equal(2, figures.GetProperty("effective").GetInt32());
    }

    [Fact]
    public async Task A_coordinator_is_refused_another_regions_figures_and_the_refusal_is_audited()
    {
        var token = await host.Identity.UserTokenAsync("regional-coordinator", "BG-21");

        using var response = await host.CreateClient().WithToken(token).GetAsync("/api/network/regions/BG-22/figures/cooperation");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("\"closed\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM audit.security_audit WHERE actor = '{Jwt.Subject(token)}' AND action = 'cooperation-figures-read' "
            + "AND subject = 'figures/cooperation/BG-22' AND outcome = 'refused'"));
    }

    [Fact]
    public async Task A_coordinator_is_refused_the_national_figures_and_the_refusal_is_audited()
    {
        var token = await host.Identity.UserTokenAsync("regional-coordinator", "BG-21");

        using var response = await host.CreateClient().WithToken(token).GetAsync("/api/network/figures/cooperation");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM audit.security_audit WHERE actor = '{Jwt.Subject(token)}' AND action = 'cooperation-figures-read' "
            + "AND subject = 'figures/cooperation' AND outcome = 'refused'"));
    }

    [Theory]
    [InlineData("BG-29")]
    [InlineData("Sofia")]
    [InlineData("BG-5")]
    public async Task An_unknown_region_is_not_found(string code)
    {
        using var response = await (await host.CreateAdminClientAsync()).GetAsync($"/api/network/regions/{code}/figures/cooperation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path, string language = "bg")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
