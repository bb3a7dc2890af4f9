using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Network.Tests.Meetings;
using Justice.Testing;

namespace Justice.Network.Tests.Councils;

/// <summary>
/// The support councils from creation to membership: the national council once, a public council once per region,
/// members by organisation and role (one chair, one secretary), and every bad field named.
/// </summary>
public sealed class CouncilTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task The_national_council_is_created_once_by_a_national_admin()
    {
        var admin = await host.CreateAdminClientAsync();
        var council = await NetworkRows.NationalCouncilAsync(host);

        using var second = await admin.PostAsJsonAsync("/api/network/councils", new { kind = "national", name = "Друг национален съвет" });
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/network/councils/{council}");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("national", read.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("regionCode").ValueKind);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>("select count(*) from support_councils where kind = 'national'"));
    }

    [Fact]
    public async Task A_regions_coordinator_creates_its_public_council_once_and_updates_it()
    {
        var coordinator = await ClientAsync("regional-coordinator", "BG-12");

        using var created = await coordinator.PostAsJsonAsync("/api/network/councils",
            new { kind = "public", regionCode = "bg-12", name = "  Обществен съвет — Монтана  ", establishedOn = "2026-03-01" });
        var council = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var second = await coordinator.PostAsJsonAsync("/api/network/councils", new { kind = "public", regionCode = "BG-12", name = "Втори" });
        var id = council.GetProperty("id").GetGuid();
        using var updated = await coordinator.PutAsJsonAsync($"/api/network/councils/{id}", new { name = "Обществен съвет за подкрепа — Монтана" });
        var view = await updated.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/network/councils/{id}", created.Headers.Location?.ToString());
        Assert.Equal("BG-12", council.GetProperty("regionCode").GetString());
        Assert.Equal("Обществен съвет — Монтана", council.GetProperty("name").GetString());
        Assert.Equal("2026-03-01", council.GetProperty("establishedOn").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Обществен съвет за подкрепа — Монтана", view.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("establishedOn").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("updatedAt").ValueKind);
    }

    [Fact]
    public async Task Members_are_organisations_in_roles_with_one_chair_and_one_secretary_at_a_time()
    {
        var coordinator = await ClientAsync("regional-coordinator", "BG-13");
        var council = await NetworkRows.CouncilAsync(host, "BG-13");
        var institution = await NetworkRows.InstitutionAsync(host, "BG-13", "Районна прокуратура Пазарджик");

        using var chair = await coordinator.PostAsJsonAsync($"/api/network/councils/{council}/members",
            new { organisation = "Областна администрация Пазарджик", role = "chair" });
        using var secondChair = await coordinator.PostAsJsonAsync($"/api/network/councils/{council}/members",
            new { organisation = "Община Пазарджик", role = "chair" });
        using var prosecutor = await coordinator.PostAsJsonAsync($"/api/network/councils/{council}/members",
            new { organisation = "Районна прокуратура Пазарджик", role = "member", institutionId = institution });
        using var again = await coordinator.PostAsJsonAsync($"/api/network/councils/{council}/members",
            new { organisation = "районна прокуратура пазарджик", role = "secretary" });
        var chairId = (await chair.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var removed = await coordinator.DeleteAsync($"/api/network/councils/{council}/members/{chairId}");
        using var removedAgain = await coordinator.DeleteAsync($"/api/network/councils/{council}/members/{chairId}");
        using var newChair = await coordinator.PostAsJsonAsync($"/api/network/councils/{council}/members",
            new { organisation = "Община Пазарджик", role = "chair" });
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/network/councils/{council}");

        Assert.Equal(HttpStatusCode.Created, chair.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondChair.StatusCode);
        Assert.Equal(HttpStatusCode.Created, prosecutor.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Created, newChair.StatusCode);
        var members = view.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(["Община Пазарджик", "Районна прокуратура Пазарджик"], members.Select(m => m.GetProperty("organisation").GetString()));
        Assert.Equal(["Chair", "Member"], members.Select(m => m.GetProperty("roleName").GetString()));
        Assert.Equal(institution, members[1].GetProperty("institutionId").GetGuid());
    }

    [Fact]
    public async Task A_public_councils_member_may_only_be_an_institution_of_its_region()
    {
        var council = await NetworkRows.CouncilAsync(host, "BG-14");
        var elsewhere = await NetworkRows.InstitutionAsync(host, "BG-15");
        var admin = await host.CreateAdminClientAsync();

        using var added = await admin.PostAsJsonAsync($"/api/network/councils/{council}/members",
            new { organisation = "ОДМВР Перник", role = "member", institutionId = elsewhere });
        using var unknown = await admin.PostAsJsonAsync($"/api/network/councils/{council}/members",
            new { organisation = "ОДМВР Перник", role = "member", institutionId = Guid.NewGuid() });

        await Problem.AssertFieldsAsync(added, "institutionId");
        await Problem.AssertFieldsAsync(unknown, "institutionId");
    }

    [Fact]
    public async Task A_regional_reader_lists_the_national_council_and_its_own_regions_and_may_not_name_another_region()
    {
        await NetworkRows.NationalCouncilAsync(host);
        await NetworkRows.CouncilAsync(host, "BG-16");
        await NetworkRows.CouncilAsync(host, "BG-17");
        var token = await host.Identity.UserTokenAsync("practitioner", "BG-16");
        var practitioner = host.CreateClient().WithToken(token);
        var evaluator = await ClientAsync("evaluator", null);

        var own = await practitioner.GetFromJsonAsync<JsonElement>("/api/network/councils?pageSize=100");
        using var other = await practitioner.GetAsync("/api/network/councils?region=BG-17");
        var all = await evaluator.GetFromJsonAsync<JsonElement>("/api/network/councils?kind=public&pageSize=100");

        var regions = own.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("regionCode").GetString()).ToList();
        Assert.Equal(new string?[] { null, "BG-16" }, regions);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'councils-list' and subject = 'region/BG-17' and actor = '{Jwt.Subject(token)}' and outcome = 'refused'"));
        var publicRegions = all.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("regionCode").GetString()).ToList();
        Assert.Contains("BG-16", publicRegions);
        Assert.Contains("BG-17", publicRegions);
        Assert.DoesNotContain(null, publicRegions);
    }

    public static TheoryData<string, string[]> BadCouncils() => new()
    {
        { """{"name":"Съвет"}""", ["kind"] },
        { """{"kind":"regional","name":"Съвет"}""", ["kind"] },
        { """{"kind":"public","name":"Съвет"}""", ["regionCode"] },
        { """{"kind":"public","regionCode":"BG-99","name":"Съвет"}""", ["regionCode"] },
        { """{"kind":"national","regionCode":"BG-05","name":"Съвет"}""", ["regionCode"] },
        { """{"kind":"public","regionCode":"BG-05","name":"   "}""", ["name"] },
        { $$"""{"kind":"public","regionCode":"BG-05","name":"{{new string('я', 301)}}"}""", ["name"] },
        { """{"kind":"public","regionCode":"BG-05","name":"Съвет\u202E"}""", ["name"] },
        { """{"kind":"public","regionCode":"BG-05","name":"Съвет","establishedOn":"2999-01-01"}""", ["establishedOn"] },
        { """{"kind":"public","regionCode":"BG-05","name":"Съвет","chair":"Иван"}""", ["chair"] },
        { """{"kind":null,"regionCode":null,"name":null}""", ["kind", "name"] },
    };

    [Theory]
    [MemberData(nameof(BadCouncils))]
    public async Task A_bad_council_is_refused_naming_each_field(string body, string[] fields)
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.PostAsync("/api/network/councils", Problem.Json(body));

        await Problem.AssertFieldsAsync(response, fields);
    }

    public static TheoryData<string, string[]> BadMembers() => new()
    {
        { """{"role":"member"}""", ["organisation"] },
        { """{"organisation":"Община","role":"president"}""", ["role"] },
        { """{"organisation":"Община"}""", ["role"] },
        { $$"""{"organisation":"{{new string('я', 301)}}","role":"member"}""", ["organisation"] },
        { """{"organisation":"Община","role":"member","institutionId":"00000000-0000-0000-0000-000000000000"}""", ["institutionId"] },
        { """{"organisation":"Община","role":"member","institutionId":"not-an-id"}""", ["institutionId"] },
    };

    [Theory]
    [MemberData(nameof(BadMembers))]
    public async Task A_bad_member_is_refused_naming_each_field(string body, string[] fields)
    {
        var council = await NetworkRows.NationalCouncilAsync(host);
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.PostAsync($"/api/network/councils/{council}/members", Problem.Json(body));

        await Problem.AssertFieldsAsync(response, fields);
    }

    [Theory]
    [InlineData("?region=Sofia", "region")]
    [InlineData("?kind=other", "kind")]
    [InlineData("?pageSize=1000", "pageSize")]
    public async Task A_bad_filter_is_refused_naming_it(string query, string field)
    {
        var admin = await host.CreateAdminClientAsync();

        using var response = await admin.GetAsync($"/api/network/councils{query}");

        await Problem.AssertFieldsAsync(response, field);
    }

    private async Task<HttpClient> ClientAsync(string role, string? region) =>
        host.CreateClient().WithToken(await host.Identity.UserTokenAsync(role, region));
}
