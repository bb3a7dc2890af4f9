using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Monitoring.V1;
using Justice.Security;
using Justice.Testing;

namespace Justice.Monitoring.Tests.Api;

/// <summary>A national admin sets a region's own target where the share by roster size does not fit, and clears it.</summary>
public sealed class TargetsApiTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    [Fact]
    public async Task A_set_target_is_the_regions_on_every_answer_until_it_is_cleared()
    {
        using var admin = await ClientAsync(Roles.NationalAdmin, null);

        using var set = await admin.PutAsJsonAsync("/api/monitoring/regions/BG-15/targets/victims-assessed", new { target = 22 });
        var afterSet = await TargetAsync();
        using var cleared = await admin.DeleteAsync("/api/monitoring/regions/BG-15/targets/victims-assessed");
        var afterClear = await TargetAsync();

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(22, Target(await set.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(22, afterSet);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.NotEqual(22, afterClear);
    }

    [Theory]
    [InlineData("/api/monitoring/regions/BG-15/targets/teams-formed", "{\"target\":1}", HttpStatusCode.BadRequest)]
    [InlineData("/api/monitoring/regions/BG-15/targets/decision-makers-trained", "{\"target\":3}", HttpStatusCode.BadRequest)]
    [InlineData("/api/monitoring/regions/BG-15/targets/victims-assessed", "{\"target\":0}", HttpStatusCode.BadRequest)]
    [InlineData("/api/monitoring/regions/BG-15/targets/victims-assessed", "{\"target\":401}", HttpStatusCode.BadRequest)]
    [InlineData("/api/monitoring/regions/BG-15/targets/victims-assessed", "{\"target\":null}", HttpStatusCode.BadRequest)]
    [InlineData("/api/monitoring/regions/BG-15/targets/victims-assessed", "{\"target\":\"many\"}", HttpStatusCode.BadRequest)]
    [InlineData("/api/monitoring/regions/BG-15/targets/victims-assessed", "{\"target\":5,\"extra\":1}", HttpStatusCode.BadRequest)]
    [InlineData("/api/monitoring/regions/BG-99/targets/victims-assessed", "{\"target\":5}", HttpStatusCode.NotFound)]
    [InlineData("/api/monitoring/regions/BG-15/targets/nothing", "{\"target\":5}", HttpStatusCode.NotFound)]
    public async Task A_target_that_cannot_be_set_is_refused_with_a_problem(string path, string body, HttpStatusCode status)
    {
        using var admin = await ClientAsync(Roles.NationalAdmin, null);

        using var response = await admin.PutAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(Roles.Evaluator, null)]
    [InlineData(Roles.RegionalCoordinator, "BG-15")]
    public async Task Only_national_admins_set_targets(string role, string? region)
    {
        using var client = await ClientAsync(role, region);

        using var response = await client.PutAsJsonAsync("/api/monitoring/regions/BG-15/targets/victims-assessed", new { target = 5 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<double> TargetAsync()
    {
        var region = await host.Dashboard.GetRegionAsync(new GetRegionRequest { RegionCode = "BG-15" }, await host.DashboardHeadersAsync());
        return region.Indicators.Single(i => i.Code == "victims-assessed").Target;
    }

    private static double Target(JsonElement view) =>
        view.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "victims-assessed")
            .GetProperty("target").GetDouble();

    private async Task<HttpClient> ClientAsync(string role, string? region) =>
        host.CreateClient().WithToken(await host.Identity.UserTokenAsync(role, region));
}
