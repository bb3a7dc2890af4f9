using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Network.Tests.Teams;
using Justice.Testing;

namespace Justice.Network.Tests.Institutions;

/// <summary>A region's institutions added, listed, read, changed and removed; names in the reader's language.</summary>
public sealed class InstitutionFlowTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task An_institution_added_to_a_region_is_read_back_in_the_readers_language()
    {
        var admin = await host.CreateAdminClientAsync();

        using var created = await admin.PostAsJsonAsync("/api/network/regions/bg-14/institutions", new
        {
            type = "prosecutor-office",
            nameBg = "  Районна прокуратура – Перник ",
            nameEn = "Pernik District Prosecutor's Office",
            address = "пл. „Свети Иван Рилски“ 1, Перник",
            contact = "+359 76 601 000",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = view.GetProperty("id").GetGuid();
        Assert.Equal($"/api/network/institutions/{id}", created.Headers.Location?.ToString());
        Assert.Equal("BG-14", view.GetProperty("regionCode").GetString());
        Assert.Equal("Районна прокуратура – Перник", view.GetProperty("nameBg").GetString());
        Assert.Equal("Районна прокуратура – Перник", view.GetProperty("name").GetString());
        Assert.Equal("Прокуратура", view.GetProperty("typeName").GetString());

        var english = await ReadAsync(admin, $"/api/network/institutions/{id}", "en");
        Assert.Equal("Pernik District Prosecutor's Office", english.GetProperty("name").GetString());
        Assert.Equal("Prosecutor's office", english.GetProperty("typeName").GetString());
        var french = await ReadAsync(admin, $"/api/network/institutions/{id}", "fr");
        Assert.Equal("Pernik District Prosecutor's Office", french.GetProperty("name").GetString());
        Assert.Equal("Parquet", french.GetProperty("typeName").GetString());
        Assert.Equal("+359 76 601 000", french.GetProperty("contact").GetString());
    }

    [Fact]
    public async Task The_list_is_by_name_a_page_at_a_time_and_filters_by_type()
    {
        const string Region = "BG-15";
        var admin = await host.CreateAdminClientAsync();
        await TeamSetup.InstitutionAsync(admin, Region, "police", "В Полиция");
        await TeamSetup.InstitutionAsync(admin, Region, "court", "А Съд");
        await TeamSetup.InstitutionAsync(admin, Region, "police", "Б Полиция");
        await TeamSetup.InstitutionAsync(admin, "BG-16", "police", "А Полиция другаде");

        var first = await ReadAsync(admin, $"/api/network/regions/{Region}/institutions?pageSize=2", "en");
        var second = await ReadAsync(admin, $"/api/network/regions/{Region}/institutions?pageSize=2&page=2", "en");
        var police = await ReadAsync(admin, $"/api/network/regions/{Region}/institutions?type=police", "en");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(["А Съд", "Б Полиция"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nameBg").GetString()));
        Assert.Equal(["В Полиция"], second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nameBg").GetString()));
        Assert.Equal(2, police.GetProperty("total").GetInt32());
        Assert.All(police.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("police", i.GetProperty("type").GetString());
            Assert.Equal("Police (regional directorate of the Ministry of Interior)", i.GetProperty("typeName").GetString());
        });
    }

    [Theory]
    [InlineData("?type=spaceport", "type")]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=1000", "pageSize")]
    public async Task A_bad_query_is_refused_naming_the_parameter(string query, string field)
    {
        using var response = await (await host.CreateAdminClientAsync()).GetAsync($"/api/network/regions/BG-15/institutions{query}");

        await Problem.AssertFieldsAsync(response, field);
    }

    [Theory]
    [InlineData("{}", new[] { "type", "nameBg" })]
    [InlineData("""{"type":null,"nameBg":"  "}""", new[] { "type", "nameBg" })]
    [InlineData("""{"type":"spaceport","nameBg":"Космодрум"}""", new[] { "type" })]
    [InlineData("""{"type":"court","nameBg":"Съд\u202Eевил"}""", new[] { "nameBg" })]
    [InlineData("""{"type":"court","nameBg":"Съд","contact":"\u0000"}""", new[] { "contact" })]
    [InlineData("""{"type":"court","nameBg":"Съд","region":"BG-01"}""", new[] { "region" })]
    [InlineData("""{"type":1,"nameBg":"Съд"}""", new[] { "type" })]
    public async Task A_bad_body_is_refused_naming_each_bad_field(string body, string[] fields)
    {
        var admin = await host.CreateAdminClientAsync();

        using var created = await admin.PostAsync("/api/network/regions/BG-17/institutions", Problem.Json(body));

        await Problem.AssertFieldsAsync(created, fields);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from institutions where region_code = 'BG-17'"));
    }

    [Fact]
    public async Task Over_long_fields_are_refused_by_name()
    {
        var admin = await host.CreateAdminClientAsync();

        using var created = await admin.PostAsJsonAsync("/api/network/regions/BG-17/institutions", new
        {
            type = "ngo",
            nameBg = new string('я', 301),
            nameEn = new string('e', 301),
            address = new string('a', 501),
            contact = new string('c', 201),
        });

        await Problem.AssertFieldsAsync(created, "nameBg", "nameEn", "address", "contact");
    }

    [Fact]
    public async Task A_name_is_unique_in_its_region_only()
    {
        var admin = await host.CreateAdminClientAsync();
        await TeamSetup.InstitutionAsync(admin, "BG-18", "court", "Районен съд");

        using var again = await admin.PostAsJsonAsync("/api/network/regions/BG-18/institutions", new { type = "court", nameBg = "Районен съд " });
        using var elsewhere = await admin.PostAsJsonAsync("/api/network/regions/BG-19/institutions", new { type = "court", nameBg = "Районен съд" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
    }

    [Fact]
    public async Task An_update_replaces_every_field_but_the_region()
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await TeamSetup.InstitutionAsync(admin, "BG-20", "hospital", "МБАЛ Сливен");
        var other = await TeamSetup.InstitutionAsync(admin, "BG-20", "hospital", "МБАЛ Нова Загора");

        using var updated = await admin.PutAsJsonAsync($"/api/network/institutions/{id}",
            new { type = "forensic-medicine", nameBg = "Съдебна медицина – Сливен", address = "ул. „Христо Ботев“ 1" });
        using var clash = await admin.PutAsJsonAsync($"/api/network/institutions/{other}", new { type = "hospital", nameBg = "Съдебна медицина – Сливен" });
        using var invalid = await admin.PutAsJsonAsync($"/api/network/institutions/{id}", new { type = "court" });
        using var missing = await admin.PutAsJsonAsync($"/api/network/institutions/{Guid.NewGuid()}", new { type = "court", nameBg = "Съд" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var view = await ReadAsync(admin, $"/api/network/institutions/{id}", "en");
        Assert.Equal("forensic-medicine", view.GetProperty("type").GetString());
        Assert.Equal("BG-20", view.GetProperty("regionCode").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("nameEn").ValueKind);
        Assert.Equal("Съдебна медицина – Сливен", view.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        await Problem.AssertFieldsAsync(invalid, "nameBg");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_institution_nothing_refers_to_is_removed()
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await TeamSetup.InstitutionAsync(admin, "BG-21", "bar");

        using var deleted = await admin.DeleteAsync($"/api/network/institutions/{id}");
        using var read = await admin.GetAsync($"/api/network/institutions/{id}");
        using var again = await admin.DeleteAsync($"/api/network/institutions/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task An_institution_a_team_member_serves_for_is_kept_with_a_conflict_that_says_why()
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await TeamSetup.InstitutionAsync(admin, "BG-21", "police");
        (await TeamSetup.PutMemberAsync(admin, "BG-21", await TeamSetup.RosterAsync(host, "BG-21"), id)).EnsureSuccessStatusCode();

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/network/institutions/{id}");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var deleted = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, deleted.StatusCode);
        var problem = await deleted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The institution cannot be removed while a member of the territorial team refers to it.",
            problem.GetProperty("detail").GetString());
        Assert.Equal(1L, await host.Database.ScalarAsync<long>($"select count(*) from institutions where id = '{id}'"));
    }

    [Fact]
    public async Task An_institution_leading_a_case_is_kept_with_a_conflict_that_says_why()
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await TeamSetup.InstitutionAsync(admin, "BG-21", "child-protection");
        await host.Database.ExecuteAsync($"""
            insert into cooperation_cases (id, victim_id, region_code, age_group, source, opened_at, lead_institution_id, effective, criteria_met)
            values ('{Guid.NewGuid()}', '{Guid.NewGuid()}', 'BG-21', 'child', 'manual', now(), '{id}', false, array[]::text[])
            """);

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/network/institutions/{id}");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var deleted = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, deleted.StatusCode);
        Assert.Contains("a cooperation case", (await deleted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/network/regions/BG-99/institutions")]
    [InlineData("/api/network/regions/x/institutions")]
    public async Task An_unknown_region_has_no_institutions(string path)
    {
        var admin = await host.CreateAdminClientAsync();

        using var list = await admin.GetAsync(path);
        using var create = await admin.PostAsJsonAsync(path, new { type = "court", nameBg = "Съд" });

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
    }

    private static async Task<JsonElement> ReadAsync(HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
