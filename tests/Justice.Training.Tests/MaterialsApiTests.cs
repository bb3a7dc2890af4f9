using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Training.Tests;

/// <summary>The package's materials: created, described, listed and removed.</summary>
public sealed class MaterialsApiTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    [Fact]
    public async Task A_materials_titles_and_competencies_are_replaced_and_a_bad_change_touches_nothing()
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin, "manual", "C1");

        using var bad = await admin.PutAsJsonAsync($"/api/training/materials/{material}", new
        {
            titles = new { bg = "", fr = "Manuel" }, competencies = new[] { "C9" },
        });
        using var unknown = await admin.PutAsJsonAsync($"/api/training/materials/{Guid.NewGuid()}", new
        {
            titles = new { bg = "Наръчник" }, competencies = new[] { "C1" },
        });
        var afterBad = await admin.GetFromJsonAsync<JsonElement>($"/api/training/materials/{material}");
        using var good = await admin.PutAsJsonAsync($"/api/training/materials/{material}", new
        {
            titles = new { bg = "Наръчник, второ издание", fr = "Manuel, deuxième édition" }, competencies = new[] { "C5", "C1", "C5" },
        });
        using var french = new HttpRequestMessage(HttpMethod.Get, $"/api/training/materials/{material}");
        french.Headers.AcceptLanguage.ParseAdd("fr");
        using var read = await admin.SendAsync(french);
        var updated = await read.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("titles.bg", out _) && errors.TryGetProperty("competencies", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["C1"], afterBad.GetProperty("competencies").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("Manuel, deuxième édition", updated.GetProperty("title").GetString());
        Assert.Equal("manual", updated.GetProperty("kind").GetString());
        Assert.Equal(["C1", "C5"], updated.GetProperty("competencies").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_material_with_bad_fields_is_refused_naming_each_and_nothing_is_stored()
    {
        var admin = host.CreateClient();
        var before = await host.TrainingDatabase.ScalarAsync<long>("select count(*) from training_materials");

        using var fields = await admin.PostAsJsonAsync("/api/training/materials", new
        {
            kind = "poster", titles = new { bg = " ", en = "x\u0000" }, competencies = new[] { "C1", "C42" },
        });
        using var unknownLanguage = await admin.PostAsJsonAsync("/api/training/materials", new
        {
            kind = "manual", titles = new { bg = "Наръчник", de = "Handbuch" }, competencies = new[] { "C1" },
        });
        using var noCompetency = await admin.PostAsJsonAsync("/api/training/materials", new
        {
            kind = "handout", titles = new { bg = "Листовка" }, competencies = Array.Empty<string>(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, fields.StatusCode);
        var errors = (await fields.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "kind", "titles.bg", "titles.en", "competencies" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
        Assert.Equal(HttpStatusCode.BadRequest, unknownLanguage.StatusCode);
        Assert.True((await unknownLanguage.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("titles.de", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noCompetency.StatusCode);
        Assert.Equal(before, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from training_materials"));
    }

    [Fact]
    public async Task A_null_competency_is_refused_naming_its_index_and_changes_nothing()
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin, "manual", "C1");
        var before = await host.TrainingDatabase.ScalarAsync<long>("select count(*) from training_materials");

        using var created = await admin.PostAsync("/api/training/materials",
            Problem.Json("""{"kind":"manual","titles":{"bg":"Наръчник"},"competencies":["C2",null]}"""));
        using var updated = await admin.PutAsync($"/api/training/materials/{material}",
            Problem.Json("""{"titles":{"bg":"Наръчник"},"competencies":[null]}"""));
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/training/materials/{material}");

        Assert.Equal(["competencies[1]"], await Problem.AssertFieldsAsync(created, "competencies[1]"));
        Assert.Equal(["competencies[0]"], await Problem.AssertFieldsAsync(updated, "competencies[0]"));
        Assert.Equal(before, await host.TrainingDatabase.ScalarAsync<long>("select count(*) from training_materials"));
        Assert.Equal(["C1"], after.GetProperty("competencies").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal("Наръчник за разпит на дете", after.GetProperty("titles").GetProperty("bg").GetString());
    }

    [Fact]
    public async Task Deleting_a_material_removes_its_versions_and_bytes()
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin);
        await Materials.UploadPdfAsync(admin, material, "bg");
        await Materials.UploadPdfAsync(admin, material, "fr");

        using var deleted = await admin.DeleteAsync($"/api/training/materials/{material}");
        using var read = await admin.GetAsync($"/api/training/materials/{material}");
        using var again = await admin.DeleteAsync($"/api/training/materials/{material}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(0L, await Materials.VersionsOfAsync(host, material));
        Assert.Equal(0L, await Materials.ContentsOfAsync(host, material));
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'material-delete' and subject = '{material}'"));
    }

    [Fact]
    public async Task The_list_filters_by_kind_competency_and_language_and_speaks_the_readers_language()
    {
        var admin = host.CreateClient();
        var handout = await Materials.CreateAsync(admin, "handout", "C7", "C8");
        await Materials.UploadPdfAsync(admin, handout, "en");
        var other = await Materials.CreateAsync(admin, "handout", "C8");
        var reader = host.Training.CreateClient().WithToken(await host.Identity.UserTokenAsync("regional-coordinator", "BG-05"));
        reader.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var byCompetency = await reader.GetFromJsonAsync<JsonElement>("/api/training/materials?kind=handout&competency=C7");
        var byLanguage = await reader.GetFromJsonAsync<JsonElement>("/api/training/materials?kind=handout&competency=C8&language=en");
        var both = await reader.GetFromJsonAsync<JsonElement>("/api/training/materials?kind=handout&competency=C8&pageSize=1");
        reader.DefaultRequestHeaders.AcceptLanguage.Clear();
        reader.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr"));
        var inFrench = await reader.GetFromJsonAsync<JsonElement>($"/api/training/materials/{handout}");
        using var bad = await reader.GetAsync("/api/training/materials?kind=poster&competency=C42&language=de&page=0");

        var found = Assert.Single(byCompetency.GetProperty("items").EnumerateArray());
        Assert.Equal(handout, found.GetProperty("id").GetGuid());
        Assert.Equal("Handbook on interviewing a child", found.GetProperty("title").GetString());
        Assert.Equal("C7", found.GetProperty("competencies")[0].GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(found.GetProperty("competencies")[0].GetProperty("name").GetString()));
        Assert.Equal(handout, Assert.Single(byLanguage.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(2, both.GetProperty("total").GetInt32());
        Assert.Equal(other, Assert.Single(both.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid()); // newest first
        Assert.Equal("Наръчник за разпит на дете", inFrench.GetProperty("title").GetString()); // no French title: Bulgarian
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "kind", "competency", "language", "page" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task Creating_and_uploading_are_audited()
    {
        var admin = host.CreateClient();
        var material = await Materials.CreateAsync(admin);
        await Materials.UploadPdfAsync(admin, material, "bg");
        var subject = TokenRequests.Payload(host.AdminToken).GetProperty("sub").GetString();

        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'material-create' and subject = '{material}' and actor = '{subject}'"));
        Assert.Equal(1L, await host.TrainingDatabase.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'material-version-upload' and subject = '{material}/bg' and actor = '{subject}'"));
    }

    [Fact]
    public async Task Only_materials_made_public_are_listed_and_downloaded_without_a_token()
    {
        var admin = host.CreateClient();
        var kept = await Materials.CreateAsync(admin, "case-study", "C2");
        await Materials.UploadPdfAsync(admin, kept);
        var shared = await Materials.CreateAsync(admin, "manual", "C4");
        await Materials.UploadPdfAsync(admin, shared);
        using (var made = await admin.PutAsJsonAsync($"/api/training/materials/{shared}", new
        {
            titles = new { bg = "Наръчник за разпит на дете", en = "Handbook on interviewing a child" }, competencies = new[] { "C4" }, @public = true,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        }
        var anyone = host.Training.CreateClient();

        var page = await anyone.GetFromJsonAsync<JsonElement>("/api/training/materials/public?pageSize=100");
        using var download = await anyone.GetAsync($"/api/training/materials/public/{shared}/versions/bg");
        using var hidden = await anyone.GetAsync($"/api/training/materials/public/{kept}/versions/bg");
        using var privateList = await anyone.GetAsync("/api/training/materials");
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/training/materials/{shared}");

        var ids = page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(shared, ids);
        Assert.DoesNotContain(kept, ids);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, privateList.StatusCode);
        Assert.True(read.GetProperty("public").GetBoolean());
    }
}
