using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Security;
using Justice.Testing;
using static Justice.Publicity.Tests.Publications.PublicityRequests;

namespace Justice.Publicity.Tests.Publications;

/// <summary>
/// Articles, press releases and publications over HTTP: written in up to three languages, read as sanitised HTML,
/// moved through their states (each refused move a 409 that changes nothing), and announced through the outbox.
/// </summary>
public sealed class PublicationsApiTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    [Fact]
    public async Task A_publication_is_written_read_in_the_readers_language_and_replaced()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateAsync(editor, "press-release", Publication("press-release", title: "Прессъобщение", body: "Текст",
            en: new { title = "Press release", body = "*Text*" }));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{PublicationsPath}/{id}") { Headers = { { "Accept-Language", "en" } } };
        var english = await JsonAsync(await editor.SendAsync(request));
        using var french = new HttpRequestMessage(HttpMethod.Get, $"{PublicationsPath}/{id}") { Headers = { { "Accept-Language", "fr" } } };
        var fallback = await JsonAsync(await editor.SendAsync(french));
        var replaced = await JsonAsync(await editor.PutAsJsonAsync($"{PublicationsPath}/{id}", new
        {
            bg = new { title = "Ново заглавие", body = "Нов текст" },
            fr = new { title = "Communiqué", summary = "Résumé", body = "Texte" },
        }));

        Assert.Equal("draft", english.GetProperty("state").GetString());
        Assert.Equal("press-release", english.GetProperty("kind").GetString());
        Assert.Equal(["bg", "en"], english.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("en", english.GetProperty("language").GetString());
        Assert.Equal("Press release", english.GetProperty("title").GetString());
        Assert.Equal("<p><em>Text</em></p>", english.GetProperty("html").GetString());
        Assert.Equal("*Text*", english.GetProperty("texts").GetProperty("en").GetProperty("markdown").GetString());
        Assert.Equal("bg", fallback.GetProperty("language").GetString());
        Assert.Equal("Прессъобщение", fallback.GetProperty("title").GetString());
        Assert.Equal(["bg", "fr"], replaced.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(JsonValueKind.Null, replaced.GetProperty("texts").GetProperty("en").ValueKind);
        Assert.Equal("Ново заглавие", replaced.GetProperty("texts").GetProperty("bg").GetProperty("title").GetString());
        Assert.NotEqual(JsonValueKind.Null, replaced.GetProperty("updatedAt").ValueKind);
    }

    [Fact]
    public async Task Script_event_handlers_and_javascript_links_in_the_markdown_never_reach_a_reader()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        const string hostile = "Здравейте <script>alert('bg')</script>\n\n<img src=\"x.png\" onerror=\"alert(2)\">\n\n[щракни](javascript:alert(3))";
        var id = await CreateAsync(editor, "article", Publication(body: hostile,
            en: new { title = "Hello", body = "<script>alert('en')</script>\n\n[click](javascript:alert(4))" }));
        await MoveAsync(editor, id, "publish");

        var raw = await host.CreateClient().GetStringAsync($"{PublicationsPath}/{id}");

        // The Markdown comes back to editors as written; every HTML field is clean.
        var read = JsonSerializer.Deserialize<JsonElement>(raw);
        var htmls = new[]
        {
            read.GetProperty("html").GetString()!, read.GetProperty("texts").GetProperty("bg").GetProperty("html").GetString()!,
            read.GetProperty("texts").GetProperty("en").GetProperty("html").GetString()!,
        };
        Assert.All(htmls, html =>
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        });
        Assert.Contains("Здравейте", htmls[0], StringComparison.Ordinal);
        Assert.Contains("щракни", htmls[0], StringComparison.Ordinal);
        Assert.Equal(hostile, read.GetProperty("texts").GetProperty("bg").GetProperty("markdown").GetString());
    }

    public static TheoryData<string, string, int, string> Moves() => new()
    {
        // from, action, status, state after
        { "draft", "edit", 200, "draft" },
        { "draft", "publish", 200, "published" },
        { "draft", "withdraw", 409, "draft" },
        { "published", "edit", 409, "published" },
        { "published", "publish", 409, "published" },
        { "published", "withdraw", 200, "withdrawn" },
        { "withdrawn", "edit", 200, "withdrawn" },
        { "withdrawn", "publish", 200, "published" },
        { "withdrawn", "withdraw", 409, "withdrawn" },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public async Task Each_action_from_each_state_is_done_or_refused_with_409_and_only_publishing_writes_to_the_outbox(
        string from, string action, int status, string after)
    {
        using var editor = await host.ClientAsync(Roles.NationalAdmin);
        var id = await CreateAsync(editor, "article");
        if (from is "published" or "withdrawn")
        {
            await MoveAsync(editor, id, "publish");
        }
        if (from == "withdrawn")
        {
            await MoveAsync(editor, id, "withdraw");
        }
        var announced = await AnnouncementsAsync(id);

        using var response = action == "edit"
            ? await editor.PutAsJsonAsync($"{PublicationsPath}/{id}", new { bg = new { title = "Поправено", body = "Поправен текст" } })
            : await editor.PostAsync($"{PublicationsPath}/{id}/{action}", null);
        var state = (await editor.GetFromJsonAsync<JsonElement>($"{PublicationsPath}/{id}")).GetProperty("state").GetString();

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, body);
        Assert.Equal(after, state);
        Assert.Equal(announced + (status == 200 && action == "publish" ? 1 : 0), await AnnouncementsAsync(id));
        if (status == 409)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(409, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task Publishing_announces_the_kind_and_the_languages_written()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var id = await CreateAsync(editor, "publication", Publication("publication", fr: new { title = "Rapport", body = "Texte" }));

        await MoveAsync(editor, id, "publish");

        var payload = JsonDocument.Parse(await host.Database.ScalarAsync<string>(
            $"select payload::text from outbox_messages where payload->>'publicationId' = '{id}'")).RootElement;
        Assert.Equal("publication", payload.GetProperty("kind").GetString());
        Assert.Equal(["bg", "fr"], payload.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'publication-publish' and subject = 'publications/{id}' and outcome = 'done'"));
    }

    [Theory]
    [InlineData("kind", """{"kind":"blog","bg":{"title":"T","body":"B"}}""")]
    [InlineData("bg", """{"kind":"article"}""")]
    [InlineData("bg.title", """{"kind":"article","bg":{"body":"B"}}""")]
    [InlineData("en.body", """{"kind":"article","bg":{"title":"T","body":"B"},"en":{"title":"Only a title"}}""")]
    [InlineData("fr.title", """{"kind":"article","bg":{"title":"T","body":"B"},"fr":{"title":" ","body":"Texte"}}""")]
    [InlineData("bg.summary", """{"kind":"article","bg":{"title":"T","summary":"\u202Eevil","body":"B"}}""")]
    [InlineData("bg.body", """{"kind":"article","bg":{"title":"T","body":"Line\nbreaks pass, U+0000 does not: \u0000"}}""")]
    public async Task Bad_content_is_refused_naming_the_field(string field, string json)
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);

        using var response = await editor.PostAsync(PublicationsPath, Problem.Json(json));

        await Problem.AssertFieldsAsync(response, field);
    }

    [Fact]
    public async Task A_body_longer_than_allowed_is_refused_naming_it()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);

        using var response = await editor.PostAsJsonAsync(PublicationsPath, Publication(body: new string('щ', 30_001)));

        await Problem.AssertFieldsAsync(response, "bg.body");
    }

    [Theory]
    [InlineData("?kind=blog", "kind")]
    [InlineData("?state=archived", "state")]
    [InlineData("?language=de", "language")]
    [InlineData("?pageSize=101", "pageSize")]
    public async Task A_bad_list_question_is_refused_naming_the_field(string query, string field)
    {
        using var response = await host.CreateClient().GetAsync(PublicationsPath + query);

        await Problem.AssertFieldsAsync(response, field);
    }

    [Fact]
    public async Task Lists_come_a_page_at_a_time_latest_first_and_the_public_sees_only_what_is_published()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var kind = "press-release";
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await CreateAsync(editor, kind, Publication(kind, title: $"Съобщение {i}")));
            await MoveAsync(editor, ids[^1], "publish");
        }
        var draft = await CreateAsync(editor, kind, Publication(kind, title: "Чернова"));

        var first = await host.CreateClient().GetFromJsonAsync<JsonElement>($"{PublicationsPath}?kind={kind}&pageSize=2");
        var second = await host.CreateClient().GetFromJsonAsync<JsonElement>($"{PublicationsPath}?kind={kind}&pageSize=2&page=2");
        var drafts = await host.CreateClient().GetFromJsonAsync<JsonElement>($"{PublicationsPath}?kind={kind}&state=draft");
        var editorsDrafts = await editor.GetFromJsonAsync<JsonElement>($"{PublicationsPath}?kind={kind}&state=draft");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal([ids[2], ids[1]], Ids(first));
        Assert.Equal([ids[0]], Ids(second));
        Assert.Equal(0, drafts.GetProperty("total").GetInt32());
        Assert.Contains(draft, Ids(editorsDrafts));
        Assert.False(first.GetProperty("items")[0].TryGetProperty("html", out _), "a list carries no bodies");
    }

    [Fact]
    public async Task An_unknown_publication_is_404_with_problem_details_in_the_readers_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{PublicationsPath}/{Guid.NewGuid()}") { Headers = { { "Accept-Language", "fr" } } };

        using var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Il n'y a pas de publication avec cet identifiant.", problem.GetProperty("detail").GetString());
    }

    private Task<long> AnnouncementsAsync(Guid id) =>
        host.Database.ScalarAsync<long>($"select count(*) from outbox_messages where payload->>'publicationId' = '{id}'");

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];
}
