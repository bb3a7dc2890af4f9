using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Contracts.Events;
using Justice.Security;
using Justice.Testing;

namespace Justice.Monitoring.Tests.Api;

/// <summary>The figures for regional portals as JSON and CSV, and who may read which.</summary>
public sealed class IndicatorsApiTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    [Fact]
    public async Task Without_a_token_nothing_is_read()
    {
        using var response = await host.CreateClient().GetAsync("/api/monitoring/indicators");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Practitioner, "BG-05")]
    [InlineData(Roles.Trainer, "BG-05")]
    [InlineData(Roles.PublicityEditor, null)]
    public async Task People_without_a_reason_to_read_figures_are_refused(string role, string? region)
    {
        using var client = await ClientAsync(role, region);

        using var response = await client.GetAsync("/api/monitoring/indicators");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_reads_the_nation_and_their_own_region_only()
    {
        using var coordinator = await ClientAsync(Roles.RegionalCoordinator, "BG-05");

        using var national = await coordinator.GetAsync("/api/monitoring/indicators");
        using var own = await coordinator.GetAsync("/api/monitoring/regions/BG-05");
        using var other = await coordinator.GetAsync("/api/monitoring/regions/BG-06");
        using var all = await coordinator.GetAsync("/api/monitoring/regions");
        using var export = await coordinator.GetAsync("/api/monitoring/export.csv");
        using var otherSeries = await coordinator.GetAsync("/api/monitoring/indicators/teams-formed/series?region=BG-06");

        Assert.Equal(HttpStatusCode.OK, national.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, all.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherSeries.StatusCode);
    }

    [Fact]
    public async Task A_region_shows_its_indicators_and_the_counts_behind_them_in_the_readers_language()
    {
        await host.Training.Publish(new PractitionerRegistered(Guid.NewGuid(), "psychologist", "BG-14", DateTimeOffset.UtcNow));
        using var admin = await ClientAsync(Roles.NationalAdmin, null);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var region = await Eventually.Within(TimeSpan.FromSeconds(30),
            async () => await admin.GetFromJsonAsync<JsonElement>("/api/monitoring/regions/BG-14"),
            view => Figure(view, "practitioners-registered").GetProperty("byDimension").TryGetProperty("psychologist", out _));

        Assert.Equal("BG-14", region.GetProperty("regionCode").GetString());
        Assert.Equal(5, region.GetProperty("indicators").GetArrayLength());
        Assert.Equal("Practitioners trained", region.GetProperty("indicators")[0].GetProperty("name").GetString());
        Assert.Equal(1, Figure(region, "practitioners-registered").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task The_export_has_a_row_per_indicator_of_the_nation_and_of_every_region()
    {
        using var evaluator = await ClientAsync(Roles.Evaluator, null);

        using var response = await evaluator.GetAsync("/api/monitoring/export.csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("region_code,region,indicator,name,value,target,percent_of_target,unit", lines[0]);
        Assert.Equal(1 + 6 + 28 * 5, lines.Length);
        Assert.StartsWith(",България,practitioners-trained,", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/monitoring/indicators/teams-formed/series?from=2026-13", HttpStatusCode.BadRequest)]
    [InlineData("/api/monitoring/indicators/teams-formed/series?from=2026-05&to=2026-01", HttpStatusCode.BadRequest)]
    [InlineData("/api/monitoring/indicators/unknown/series", HttpStatusCode.NotFound)]
    [InlineData("/api/monitoring/indicators/teams-formed/series?region=BG-99", HttpStatusCode.NotFound)]
    [InlineData("/api/monitoring/regions/XX", HttpStatusCode.NotFound)]
    public async Task Bad_questions_get_problem_details(string path, HttpStatusCode status)
    {
        using var admin = await ClientAsync(Roles.NationalAdmin, null);

        using var response = await admin.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null, "Можете да четете само данните на своя съдебен район.", "from", "from трябва да е месец като 2026-05.")]
    [InlineData("en", "You may read your own judicial region's figures only.", "from", "from must be a month like 2026-05.")]
    [InlineData("fr", "Vous ne pouvez lire que les chiffres de votre propre région judiciaire.", "from",
        "from doit être un mois comme 2026-05.")]
    public async Task Refusals_read_in_the_readers_language(string? language, string otherRegion, string field, string badMonth)
    {
        using var coordinator = await ClientAsync(Roles.RegionalCoordinator, "BG-05");
        if (language is not null)
        {
            coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        using var other = await coordinator.GetAsync("/api/monitoring/regions/BG-06");
        using var badSeries = await coordinator.GetAsync("/api/monitoring/indicators/teams-formed/series?from=2026-13");

        Assert.Equal(otherRegion, (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var errors = (await badSeries.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(badMonth, errors.GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task A_series_defaults_to_the_last_twelve_months()
    {
        using var admin = await ClientAsync(Roles.NationalAdmin, null);

        var series = await admin.GetFromJsonAsync<JsonElement>("/api/monitoring/indicators/effective-cooperation/series");

        Assert.Equal(12, series.GetProperty("points").GetArrayLength());
        Assert.Equal(75, series.GetProperty("target").GetDouble());
    }

    private static JsonElement Figure(JsonElement scope, string measure) =>
        scope.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("measure").GetString() == measure);

    private async Task<HttpClient> ClientAsync(string role, string? region) =>
        host.CreateClient().WithToken(await host.Identity.UserTokenAsync(role, region));
}
