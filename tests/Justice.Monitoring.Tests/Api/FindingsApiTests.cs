using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Security;
using Justice.Testing;

namespace Justice.Monitoring.Tests.Api;

/// <summary>Evaluation findings: recorded by evaluators and national admins, read nationally and by a region's coordinators.</summary>
public sealed class FindingsApiTests(MonitoringHost host) : IClassFixture<MonitoringHost>
{
    private const string Path = "/api/monitoring/findings";
    private static int _months;

    [Fact]
    public async Task A_finding_is_created_read_replaced_and_deleted()
    {
        using var evaluator = await ClientAsync(Roles.Evaluator, null);
        var month = UniqueMonth();

        using var created = await evaluator.PostAsJsonAsync(Path, Body(month, author: "Международен експерт", region: "bg-05"));
        var location = created.Headers.Location!;
        var read = await evaluator.GetFromJsonAsync<JsonElement>(location);
        using var replaced = await evaluator.PutAsJsonAsync(location, Body(month, author: "Вътрешен мониторинг", kind: "internal-monitoring"));
        var after = await evaluator.GetFromJsonAsync<JsonElement>(location);
        using var deleted = await evaluator.DeleteAsync(location);
        using var gone = await evaluator.GetAsync(location);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Международен експерт", read.GetProperty("author").GetString());
        Assert.Equal("BG-05", read.GetProperty("regionCode").GetString());
        Assert.Equal(month, read.GetProperty("month").GetString());
        Assert.Equal("external-evaluation", read.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("internal-monitoring", after.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("regionCode").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("updatedAt").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("author", """ "author": "A" """, 201)]
    [InlineData("findings", """ "findings": "F" """, 4001)]
    [InlineData("recommendations", """ "recommendations": "R" """, 4001)]
    [InlineData("month", """ "month": "2026-13" """, 1)]
    [InlineData("kind", """ "kind": "gossip" """, 1)]
    [InlineData("region", """ "region": "BG-99" """, 1)]
    public async Task Bad_content_is_refused_naming_the_field_and_nothing_is_recorded(string field, string replacement, int repeat)
    {
        using var admin = await ClientAsync(Roles.NationalAdmin, null);
        var month = UniqueMonth();
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(Body(month)))!;
        var bad = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("{" + replacement + "}")!.Single();
        body[bad.Key] = repeat == 1 ? bad.Value : JsonSerializer.SerializeToElement(new string(bad.Value.GetString()![0], repeat));

        using var response = await admin.PostAsJsonAsync(Path, body);

        Assert.Equal([field], await Problem.AssertFieldsAsync(response, field));
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"{Path}?month={month}")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?month=May", "month")]
    [InlineData("?pageSize=0", "pageSize")]
    public async Task A_bad_list_question_is_refused_naming_the_field(string query, string field)
    {
        using var admin = await ClientAsync(Roles.NationalAdmin, null);

        using var response = await admin.GetAsync(Path + query);

        await Problem.AssertFieldsAsync(response, field);
    }

    [Fact]
    public async Task A_months_findings_come_a_page_at_a_time_latest_first()
    {
        using var evaluator = await ClientAsync(Roles.Evaluator, null);
        var month = UniqueMonth();
        foreach (var day in new[] { 3, 9, 27 })
        {
            (await evaluator.PostAsJsonAsync(Path, Body(month, author: $"Day {day}", day: day))).EnsureSuccessStatusCode();
        }

        var first = await evaluator.GetFromJsonAsync<JsonElement>($"{Path}?month={month}&pageSize=2");
        var second = await evaluator.GetFromJsonAsync<JsonElement>($"{Path}?month={month}&pageSize=2&page=2");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(["Day 27", "Day 9"], Authors(first));
        Assert.Equal(["Day 3"], Authors(second));
    }

    [Fact]
    public async Task A_coordinator_reads_national_findings_and_their_own_regions_only()
    {
        using var admin = await ClientAsync(Roles.NationalAdmin, null);
        using var coordinator = await ClientAsync(Roles.RegionalCoordinator, "BG-05");
        var month = UniqueMonth();
        foreach (var region in new[] { null, "BG-05", "BG-06" })
        {
            (await admin.PostAsJsonAsync(Path, Body(month, author: region ?? "national", region: region))).EnsureSuccessStatusCode();
        }

        var list = await coordinator.GetFromJsonAsync<JsonElement>($"{Path}?month={month}");
        var all = await admin.GetFromJsonAsync<JsonElement>($"{Path}?month={month}");
        var other = all.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("author").GetString() == "BG-06");
        using var otherRead = await coordinator.GetAsync($"{Path}/{other.GetProperty("id").GetGuid()}");
        using var write = await coordinator.PostAsJsonAsync(Path, Body(month, region: "BG-05"));

        Assert.Equal(["BG-05", "national"], Authors(list).Order(StringComparer.Ordinal));
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, otherRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Practitioner, "BG-05")]
    [InlineData(Roles.Trainer, "BG-05")]
    [InlineData(Roles.PublicityEditor, null)]
    public async Task Others_neither_read_nor_write_findings(string role, string? region)
    {
        using var client = await ClientAsync(role, region);

        using var list = await client.GetAsync(Path);
        using var create = await client.PostAsJsonAsync(Path, Body(UniqueMonth()));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_nothing_is_read()
    {
        using var response = await host.CreateClient().GetAsync(Path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>A month no other test of the class uses, so each asserts only what it made.</summary>
    internal static string UniqueMonth()
    {
        var n = Interlocked.Increment(ref _months);
        return new DateOnly(2020, 1, 1).AddMonths(n).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static object Body(string month, string author = "Expert", string kind = "external-evaluation", string? region = null,
        int day = 15) => new
        {
            kind,
            author,
            date = $"{month}-{day:00}",
            month,
            findings = "Teams meet monthly; referrals are answered within the deadline.",
            recommendations = "Train more judges.",
            region,
        };

    private static IEnumerable<string?> Authors(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("author").GetString());

    private async Task<HttpClient> ClientAsync(string role, string? region) =>
        host.CreateClient().WithToken(await host.Identity.UserTokenAsync(role, region));
}
