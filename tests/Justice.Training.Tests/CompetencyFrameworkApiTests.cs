using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

public sealed class CompetencyFrameworkApiTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private static readonly string[] Professions = ["judge", "prosecutor", "police-officer", "social-worker", "psychologist",
        "paediatrician", "general-practitioner", "forensic-doctor", "municipal-official", "lawyer"];

    [Fact]
    public async Task The_eight_competencies_are_seeded_into_a_draft_that_publishes_once_every_profile_is_complete()
    {
        var admin = host.CreateClient();
        using var before = await admin.GetAsync("/api/training/competency-framework");
        var draft = await admin.GetFromJsonAsync<JsonElement>("/api/training/competency-framework/versions/1");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(8, draft.GetProperty("competencies").GetArrayLength());

        using var early = await admin.PostAsync("/api/training/competency-framework/versions/1/publish", null);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);

        foreach (var profession in Professions)
        {
            var levels = Enumerable.Range(1, 8).ToDictionary(i => $"C{i}", i => profession == "judge" && i == 5 ? 3 : 2);
            using var set = await admin.PutAsJsonAsync($"/api/training/competency-framework/versions/1/profiles/{profession}", levels);
            Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        }
        using var published = await admin.PostAsync("/api/training/competency-framework/versions/1/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        // Published: immutable; the next edits go into version 2 and leave version 1 as it was.
        using var edit = await admin.PutAsJsonAsync("/api/training/competency-framework/versions/1/profiles/judge", new Dictionary<string, int> { ["C5"] = 1 });
        using var next = await admin.PostAsync("/api/training/competency-framework/versions", null);
        using var draftEdit = await admin.PutAsJsonAsync("/api/training/competency-framework/versions/2/profiles/judge", new Dictionary<string, int> { ["C5"] = 1 });
        var current = await admin.GetFromJsonAsync<JsonElement>("/api/training/competency-framework");

        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, draftEdit.StatusCode);
        Assert.Equal(1, current.GetProperty("version").GetInt32());
        var judge = current.GetProperty("profiles").EnumerateArray().Single(p => p.GetProperty("profession").GetString() == "judge");
        Assert.Equal(3, judge.GetProperty("levels").GetProperty("C5").GetInt32());

        // Texts too: refused in the published version, changed in the draft only.
        using var publishedTexts = await admin.PutAsJsonAsync("/api/training/competency-framework/versions/1/competencies/C1", Texts("Правата"));
        using var draftTexts = await admin.PutAsJsonAsync("/api/training/competency-framework/versions/2/competencies/C1", Texts("Правата"));
        var draftC1 = (await admin.GetFromJsonAsync<JsonElement>("/api/training/competency-framework/versions/2")).GetProperty("competencies")[0];
        Assert.Equal(HttpStatusCode.Conflict, publishedTexts.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, draftTexts.StatusCode);
        Assert.Equal("Правата", draftC1.GetProperty("name").GetString());
        Assert.Equal("Правата: описание", draftC1.GetProperty("description").GetString());

        // Texts in the reader's language.
        await AssertLanguageAsync("en", "Informing victims of their rights", "From the first contact", "Expert");
        await AssertLanguageAsync("fr", "Informer les victimes de leurs droits", "Dès le premier contact", "Expert");
        await AssertLanguageAsync("bg", "Информиране на пострадалите за техните права", "Дава на пострадалия", "Експерт");
    }

    internal static object Texts(string name) => new
    {
        name = new { bg = name, en = "Rights", fr = "Droits" },
        description = new { bg = name + ": описание", en = "Description", fr = "Description" },
    };

    [Fact]
    public async Task Only_national_admins_change_the_framework_and_only_they_see_drafts()
    {
        var coordinator = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-05"));

        using var start = await coordinator.PostAsync("/api/training/competency-framework/versions", null);
        using var set = await coordinator.PutAsJsonAsync("/api/training/competency-framework/versions/1/profiles/judge", new Dictionary<string, int> { ["C1"] = 1 });
        using var describe = await coordinator.PutAsJsonAsync("/api/training/competency-framework/versions/1/competencies/C1", Texts("Права"));
        using var anonymous = await host.Training.CreateClient().GetAsync("/api/training/competency-framework/versions");
        var versions = await coordinator.GetFromJsonAsync<JsonElement>("/api/training/competency-framework/versions");

        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, set.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, describe.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.True(versions.GetArrayLength() >= 1);
    }

    private async Task AssertLanguageAsync(string language, string c1, string c1Description, string level3)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/training/competency-framework");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await host.CreateClient().SendAsync(request);
        var framework = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(c1, framework.GetProperty("competencies")[0].GetProperty("name").GetString());
        Assert.StartsWith(c1Description, framework.GetProperty("competencies")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(level3, framework.GetProperty("levels")[2].GetProperty("name").GetString());
    }
}

/// <summary>Profiles refused before they touch the draft: in a class of their own, where version 1 stays a draft.</summary>
public sealed class CompetencyProfileValidationTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Theory]
    [InlineData("astronaut", """{"C1":2}""", HttpStatusCode.NotFound)]
    [InlineData("judge", """{"C9":2}""", HttpStatusCode.BadRequest)]
    [InlineData("judge", """{"C1":7}""", HttpStatusCode.BadRequest)]
    [InlineData("judge", """{"C1":"two"}""", HttpStatusCode.BadRequest)]
    public async Task Bad_profiles_are_refused_and_change_nothing(string profession, string body, HttpStatusCode expected)
    {
        using var response = await host.CreateClient().PutAsync($"/api/training/competency-framework/versions/1/profiles/{profession}",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(0L, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from profile_requirements"));
    }

    [Theory]
    [InlineData("""{"name":{"bg":"Права","en":"Rights"},"description":{"bg":"д","en":"d","fr":"d"}}""", "name.fr")]
    [InlineData("""{"name":{"bg":"Права","en":"Rights","fr":"Droits"},"description":{"bg":"д\u0000","en":"d","fr":"d"}}""", "description.bg")]
    [InlineData("""{"name":{"bg":"  ","en":"Rights","fr":"Droits"},"description":{"bg":"д","en":"d","fr":"d"}}""", "name.bg")]
    [InlineData("""{"name":{"bg":"Права","en":"Rights","fr":"Droits"}}""", "description")]
    [InlineData("""{"name":null,"description":{"bg":"д","en":"d","fr":"d"}}""", "name")]
    public async Task Bad_competency_texts_are_refused_naming_the_field_and_change_nothing(string body, string field)
    {
        using var response = await host.CreateClient().PutAsync("/api/training/competency-framework/versions/1/competencies/C1",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal("Информиране на пострадалите за техните права",
            await host.TrainingDatabase.ScalarAsync<string>("select name_bg from framework_competencies where version_number = 1 and code = 'C1'"));
    }

    [Fact]
    public async Task Texts_of_a_long_description_in_a_draft_are_kept_and_read_back_in_each_language()
    {
        var admin = host.CreateClient();
        var description = new string('д', 2000);

        using var ok = await admin.PutAsJsonAsync("/api/training/competency-framework/versions/1/competencies/C8", new
        {
            name = new { bg = "Етика", en = "Ethics", fr = "Éthique" },
            description = new { bg = description, en = "Follows the code.", fr = "Respecte le code." },
        });
        using var tooLong = await admin.PutAsJsonAsync("/api/training/competency-framework/versions/1/competencies/C8", new
        {
            name = new { bg = "Етика", en = "Ethics", fr = "Éthique" },
            description = new { bg = description + "д", en = "Follows the code.", fr = "Respecte le code." },
        });
        using var unknown = await admin.PutAsJsonAsync("/api/training/competency-framework/versions/1/competencies/C9", CompetencyFrameworkApiTests.Texts("Нова"));
        using var french = new HttpRequestMessage(HttpMethod.Get, "/api/training/competency-framework/versions/1");
        french.Headers.AcceptLanguage.ParseAdd("fr");
        using var read = await admin.SendAsync(french);
        var c8 = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("competencies")[7];

        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Éthique", c8.GetProperty("name").GetString());
        Assert.Equal("Respecte le code.", c8.GetProperty("description").GetString());
        Assert.Equal(description, await host.TrainingDatabase.ScalarAsync<string>(
            "select description_bg from framework_competencies where version_number = 1 and code = 'C8'"));
    }

    [Fact]
    public async Task Levels_off_the_scale_and_codes_the_version_lacks_are_each_named_by_their_code()
    {
        var admin = host.CreateClient();

        using var offTheScale = await admin.PutAsync("/api/training/competency-framework/versions/1/profiles/judge",
            Problem.Json("""{"C1":2,"C3":7,"C4":0}"""));
        using var unknown = await admin.PutAsync("/api/training/competency-framework/versions/1/profiles/judge",
            Problem.Json("""{"C1":2,"C9":2,"X":3}"""));

        Assert.Equal(["C3", "C4"], (await Problem.AssertFieldsAsync(offTheScale)).Order(StringComparer.Ordinal));
        Assert.Equal(["C9", "X"], (await Problem.AssertFieldsAsync(unknown)).Order(StringComparer.Ordinal));
        Assert.Equal(0L, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from profile_requirements"));
    }

    [Theory]
    [InlineData("""{"C1":null}""", "C1")]
    [InlineData("""{"C1":2,"C2":null}""", "C2")]
    public async Task A_null_level_is_refused_naming_its_competency_and_changes_nothing(string body, string field)
    {
        using var response = await host.CreateClient().PutAsync("/api/training/competency-framework/versions/1/profiles/judge", Problem.Json(body));

        Assert.Equal([field], await Problem.AssertFieldsAsync(response, field));
        Assert.Equal(0L, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from profile_requirements"));
    }

    [Fact]
    public async Task A_profile_for_a_version_that_does_not_exist_is_404()
    {
        using var response = await host.CreateClient().PutAsJsonAsync("/api/training/competency-framework/versions/99/profiles/judge",
            new Dictionary<string, int> { ["C1"] = 2 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
