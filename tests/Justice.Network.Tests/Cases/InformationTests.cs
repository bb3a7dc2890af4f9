using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Cases;

/// <summary>The information checklist (Art. 4(1)(a)–(k), Art. 6): every item, in the reader's language, told or not.</summary>
public sealed class InformationTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const string Region = "BG-19";

    [Theory]
    [InlineData("bg", "Видът подкрепа, която може да получите, и от кого (медицинска, специализирана, психологическа, настаняване)")]
    [InlineData("en", "The type of support available and from whom (medical, specialist, psychological, accommodation)")]
    [InlineData("fr", "Le type de soutien disponible et auprès de qui (médical, spécialisé, psychologique, hébergement)")]
    public async Task Every_item_is_listed_in_the_readers_language(string language, string first)
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync(Region);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/network/cases/{caseId}/information");
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await admin.SendAsync(request);
        var items = (await response.JsonAsync()).EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(16, items.Count);
        Assert.Equal("support-available", items[0].GetProperty("code").GetString());
        Assert.Equal("4(1)(a)", items[0].GetProperty("article").GetString());
        Assert.Equal(first, items[0].GetProperty("name").GetString());
        Assert.All(items, i => Assert.False(i.GetProperty("informed").GetBoolean()));
        Assert.Equal(11, items.Count(i => i.GetProperty("article").GetString()!.StartsWith("4(", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Telling_the_victim_is_recorded_and_telling_again_replaces_it()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync(Region);
        var police = await host.InstitutionAsync(Region);
        var support = await host.InstitutionAsync(Region, "ngo");
        var url = $"/api/network/cases/{caseId}/information/protection";

        using var first = await admin.PutAsJsonAsync(url, new { informedAt = DateTimeOffset.UtcNow.AddDays(-3), institutionId = police });
        var again = DateTimeOffset.UtcNow.AddDays(-1);
        using var second = await admin.PutAsJsonAsync(url, new { informedAt = again, institutionId = support });
        var items = await admin.GetFromJsonAsync<JsonElement>($"/api/network/cases/{caseId}/information");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True((await first.JsonAsync()).GetProperty("informed").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var protection = items.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "protection");
        Assert.True(protection.GetProperty("informed").GetBoolean());
        Assert.Equal(support, protection.GetProperty("institutionId").GetGuid());
        Assert.Equal(again.ToUnixTimeMilliseconds(), protection.GetProperty("informedAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
        Assert.Single(items.EnumerateArray(), i => i.GetProperty("informed").GetBoolean());
        var inCase = (await admin.CaseAsync(caseId)).GetProperty("information").EnumerateArray();
        Assert.Single(inCase, i => i.GetProperty("informed").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_item_is_not_found_and_bad_fields_are_named()
    {
        var admin = await host.CreateAdminClientAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var caseId = await admin.OpenCaseAsync(Region);
        var police = await host.InstitutionAsync(Region);
        var elsewhere = await host.InstitutionAsync("BG-20");
        var past = DateTimeOffset.UtcNow.AddHours(-1);

        using var unknown = await admin.PutAsJsonAsync($"/api/network/cases/{caseId}/information/horoscope", new { informedAt = past, institutionId = police });
        using var future = await admin.PutAsJsonAsync($"/api/network/cases/{caseId}/information/compensation",
            new { informedAt = DateTimeOffset.UtcNow.AddDays(1), institutionId = police });
        using var foreign = await admin.PutAsJsonAsync($"/api/network/cases/{caseId}/information/compensation", new { informedAt = past, institutionId = elsewhere });
        using var nulls = await admin.PutAsync($"/api/network/cases/{caseId}/information/compensation",
            Problem.Json("""{"informedAt":null,"institutionId":null}"""));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("checklist", (await unknown.JsonAsync()).GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        await Problem.AssertFieldsAsync(future, "informedAt");
        Assert.Equal(["institutionId"], await Problem.AssertFieldsAsync(foreign, "institutionId"));
        await Problem.AssertFieldsAsync(nulls, "informedAt", "institutionId");
    }
}
