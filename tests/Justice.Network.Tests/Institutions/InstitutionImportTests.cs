using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Justice.Network.Tests.Institutions;

/// <summary>
/// Institutions imported from CSV by national admins: every row or none, each bad row named by its line and column.
/// Each test imports into regions (or names) of its own.
/// </summary>
public sealed class InstitutionImportTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const string Header = "region_code,type,name_bg,name_en,address,contact";

    [Fact]
    public async Task A_valid_file_is_imported_whole_with_quoted_commas_and_quotes()
    {
        var csv = "\uFEFF" + Header + "\r\n"
            + "BG-22,court,Софийски градски съд,Sofia City Court,\"бул. „Витоша“ 2, София\",+359 2 9219 999\r\n"
            + "bg-22 , police ,\"СДВР \"\"Столична\"\"\",,\"ул. „Антим I“ 5, вход Б\",\r\n"
            + "\r\n"
            + "BG-23,child-protection,ОЗД Софийска област,,,sp@example.bg\r\n";

        using var response = await ImportAsync(csv);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal(3, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        Assert.Equal("бул. „Витоша“ 2, София", await host.Database.ScalarAsync<string>(
            "select address from institutions where name_bg = 'Софийски градски съд'"));
        Assert.Equal("ул. „Антим I“ 5, вход Б", await host.Database.ScalarAsync<string>(
            "select address from institutions where name_bg = 'СДВР \"Столична\"' and region_code = 'BG-22' and type = 'police' and name_en is null"));
        Assert.Equal("sp@example.bg", await host.Database.ScalarAsync<string>(
            "select contact from institutions where region_code = 'BG-23' and type = 'child-protection'"));
    }

    [Fact]
    public async Task Columns_may_come_in_any_order()
    {
        using var response = await ImportAsync("name_bg,type,region_code,contact,address,name_en\nОбщина Разград,municipality,BG-17,,,\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            "select count(*) from institutions where name_bg = 'Община Разград' and region_code = 'BG-17' and type = 'municipality'"));
    }

    [Fact]
    public async Task Every_bad_row_is_named_by_line_and_column_and_nothing_is_imported()
    {
        var csv = Header + "\n"
            + "BG-24,court,Районен съд – Стара Загора,,,\n"                       // line 2: fine
            + "BG-24,spaceport,Космодрум,,,\n"                                    // line 3: unknown type
            + "BG-99,police,,,,\n"                                                // line 4: unknown region, no name
            + "BG-24,court,Районен съд – Стара Загора,,,\n"                       // line 5: same as line 2
            + "BG-24,ngo,Фондация,,\n"                                            // line 6: five fields
            + "BG-24,ngo,\"Сдружение\u0000\",,," + "\n"                           // line 7: a control character
            + "BG-24,hospital,\"УМБАЛ\n„Проф. Стоян Киркович“\",,,\n"              // lines 8-9: one row, a line break in a name
            + "BG-24,hospital,Болница,," + new string('a', 501) + ",\n";          // line 10: address too long

        using var response = await ImportAsync(csv);

        var errors = await ErrorsAsync(response);
        string[] expected =
            ["line 3: type", "line 4: name_bg", "line 4: region_code", "line 5: name_bg", "line 6", "line 7: name_bg", "line 8: name_bg",
                "line 10: address"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Line 2", errors["line 5: name_bg"][0], StringComparison.Ordinal);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from institutions where region_code = 'BG-24'"));
    }

    [Fact]
    public async Task A_row_naming_an_institution_already_in_the_region_is_refused_by_line()
    {
        var admin = await host.CreateAdminClientAsync();
        using var existing = await admin.PostAsJsonAsync("/api/network/regions/BG-25/institutions", new { type = "court", nameBg = "Окръжен съд – Търговище" });
        existing.EnsureSuccessStatusCode();

        using var response = await ImportAsync(Header + "\nBG-25,ngo,Фондация Търговище,,,\nBG-25,court,Окръжен съд – Търговище,,,\n");

        var errors = await ErrorsAsync(response);
        Assert.Equal(["line 3: name_bg"], errors.Keys);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from institutions where name_bg = 'Фондация Търговище'"));
    }

    [Theory]
    [InlineData("region_code,type,name_bg\nBG-26,court,Съд\n", "header")]
    [InlineData("region_code,type,name_bg,name_en,address,contact,colour\nBG-26,court,Съд,,,,red\n", "header")]
    [InlineData(Header + "\n", "file")]
    [InlineData("", "header")]
    [InlineData(Header + "\nBG-26,court,\"Съд,,,\n", "line 2")]
    [InlineData(Header + "\nBG-26,court,Съд\"ебен\" ,,,\n", "line 2")]
    public async Task A_file_that_cannot_be_read_is_refused_saying_where(string csv, string key)
    {
        using var response = await ImportAsync(csv);

        Assert.Contains(key, (await ErrorsAsync(response)).Keys);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from institutions where region_code = 'BG-26'"));
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_refused()
    {
        var bytes = Encoding.Latin1.GetBytes(Header + "\nBG-26,court,Caf\u00e9,,,\n");

        using var response = await ImportAsync(new ByteArrayContent(bytes) { Headers = { { "Content-Type", "text/csv" } } });

        Assert.Contains("file", (await ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task More_rows_than_allowed_are_refused_whole()
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i <= 2000; i++)
        {
            csv.Append("BG-27,ngo,Сдружение ").Append(i).Append(",,,\n");
        }

        using var response = await ImportAsync(csv.ToString());

        Assert.Contains("file", (await ErrorsAsync(response)).Keys);
        Assert.Equal(0L, await host.Database.ScalarAsync<long>("select count(*) from institutions where region_code = 'BG-27'"));
    }

    [Fact]
    public async Task A_file_over_1_MiB_is_refused_with_413()
    {
        var csv = Header + "\n" + string.Concat(Enumerable.Repeat("BG-27,ngo,Сдружение,,," + new string('a', 400) + "\n", 2700));

        using var response = await ImportAsync(csv);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("text/csv; charset=windows-1251")]
    public async Task A_body_that_is_not_a_UTF8_CSV_file_is_refused_with_415(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Header + "\nBG-26,court,Съд,,,\n"));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await ImportAsync(content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_document_describes_the_import_as_a_CSV_body_for_national_admins()
    {
        var document = await Justice.Testing.OpenApiDocument.ReadAsync(host.CreateClient());

        var import = document.Operations["post /api/network/institutions/import"];
        Assert.True(import.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
        Assert.StartsWith("Who may call: national-admin.", import.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("line 3: type", import.GetProperty("summary").GetString(), StringComparison.Ordinal);
        foreach (var status in new[] { "400", "401", "403", "409", "413", "415" })
        {
            Assert.True(import.GetProperty("responses").TryGetProperty(status, out _), $"no {status}");
        }
    }

    private Task<HttpResponseMessage> ImportAsync(string csv) => ImportAsync(new StringContent(csv, Encoding.UTF8, "text/csv"));

    private async Task<HttpResponseMessage> ImportAsync(HttpContent content)
    {
        var admin = await host.CreateAdminClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/network/institutions/import") { Content = content };
        request.Headers.AcceptLanguage.ParseAdd("en");
        return await admin.SendAsync(request);
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
    }
}
