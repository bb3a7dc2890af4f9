using System.Net;
using System.Net.Http.Json;

namespace Justice.Assessment.Tests.Victims;

/// <summary>Bad input answers problem details naming the field, in the reader's language, and changes nothing.</summary>
public sealed class VictimRequestTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    public static TheoryData<string, string> BadRegistrations() => new()
    {
        { """{"regionCode":"BG-29","sex":"female","preferredLanguage":"bg","personal":{"fullName":"А Б"}}""", "regionCode" },
        { """{"regionCode":"Sofia","sex":"female","preferredLanguage":"bg","personal":{"fullName":"А Б"}}""", "regionCode" },
        { """{"regionCode":"BG-05","sex":"x","preferredLanguage":"bg","personal":{"fullName":"А Б"}}""", "sex" },
        { """{"regionCode":"BG-05","ageGroup":"teen","sex":"male","preferredLanguage":"bg","personal":{"fullName":"А Б"}}""", "ageGroup" },
        { """{"regionCode":"BG-05","sex":"male","preferredLanguage":"de","personal":{"fullName":"А Б"}}""", "preferredLanguage" },
        { """{"regionCode":"BG-05","sex":"male","preferredLanguage":"bg","personal":{"fullName":" "}}""", "personal.fullName" },
        { """{"regionCode":"BG-05","sex":"male","preferredLanguage":"bg","personal":{"fullName":"А\u202EБ"}}""", "personal.fullName" },
        { """{"regionCode":"BG-05","sex":"male","preferredLanguage":"bg","personal":{"fullName":"А Б","nationalId":"7501010011"}}""", "personal.nationalId" },
        { """{"regionCode":"BG-05","sex":"male","preferredLanguage":"bg","personal":{"fullName":"А Б","dateOfBirth":"2999-01-01"}}""", "personal.dateOfBirth" },
        { """{"regionCode":"BG-05","sex":"male","preferredLanguage":"bg"}""", "personal" },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task A_bad_registration_names_the_field_and_registers_nobody(string body, string field)
    {
        var before = await host.Database.ScalarAsync<long>("SELECT count(*) FROM victims");
        using var response = await host.CreateClient().PostAsync("/api/assessment/victims", VictimProblems.Json(body));

        await VictimProblems.AssertFieldsAsync(response, field);
        Assert.Equal(before, await host.Database.ScalarAsync<long>("SELECT count(*) FROM victims"));
    }

    [Fact]
    public async Task A_bad_lookup_names_the_national_id_and_never_echoes_it()
    {
        using var response = await host.CreateClient().PostAsJsonAsync("/api/assessment/victims/lookup?purpose=assessment",
            new { nationalId = "1234567890" });

        await VictimProblems.AssertFieldsAsync(response, "nationalId");
        Assert.DoesNotContain("1234567890", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_speak_the_readers_language()
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        using var response = await client.PostAsJsonAsync("/api/assessment/victims/lookup?purpose=assessment", new { nationalId = "1" });

        Assert.Contains("Numéro national", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_replaces_the_fields_and_takes_the_age_group_from_the_birth_date()
    {
        var victim = await host.RegisterAsync("BG-05");
        using var update = await host.CreateClient().PutAsJsonAsync($"/api/assessment/victims/{victim}",
            new { sex = "female", preferredLanguage = "fr", personal = new { fullName = "Ново Име", dateOfBirth = "2015-03-01" } });

        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        Assert.Equal("child", await host.Database.ScalarAsync<string>($"SELECT age_group FROM victims WHERE id = '{victim}'"));
        Assert.Equal("fr", await host.Database.ScalarAsync<string>($"SELECT preferred_language FROM victims WHERE id = '{victim}'"));
    }

    [Fact]
    public async Task Victim_ids_are_random_not_sequential()
    {
        var first = await host.RegisterAsync("BG-05");
        var second = await host.RegisterAsync("BG-05");

        Assert.Equal(4, first.Version);
        Assert.Equal(4, second.Version);
        Assert.NotEqual(first.ToString()[..8], second.ToString()[..8]);
    }
}
