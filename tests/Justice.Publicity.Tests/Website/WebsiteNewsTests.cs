using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Security;

namespace Justice.Publicity.Tests.Website;

/// <summary>News on the website: only what is published, in the page's language, and never a script an editor pasted.</summary>
public sealed class WebsiteNewsTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    [Fact]
    public async Task A_published_article_is_on_the_news_pages_without_the_script_in_its_markdown()
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var title = $"Кръгла маса {Guid.NewGuid():N}";
        var id = await CreateAsync(editor, title, "Текст **важен**.\n\n<script>alert('x')</script>\n\n[връзка](javascript:alert(1))");
        using var browser = host.CreateClient();

        using var draft = await browser.GetAsync($"/bg/news/{id}");
        var draftList = await browser.GetStringAsync("/bg/news");
        using (await editor.PostAsync($"/api/publicity/publications/{id}/publish", null))
        {
        }
        var list = await browser.GetStringAsync("/bg/news");
        var page = await browser.GetStringAsync($"/bg/news/{id}");
        var english = await browser.GetStringAsync($"/en/news/{id}");

        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.DoesNotContain(title, draftList, StringComparison.Ordinal);
        Assert.Contains(title, list, StringComparison.Ordinal);
        Assert.Contains("<strong>важен</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", page, StringComparison.Ordinal);
        Assert.Contains(title, english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
    }

    private static async Task<Guid> CreateAsync(HttpClient editor, string title, string body)
    {
        using var created = await editor.PostAsJsonAsync("/api/publicity/publications",
            new { kind = "article", bg = new { title, summary = "Кратко", body } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
