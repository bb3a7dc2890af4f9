using System.Net;
using System.Text.RegularExpressions;

namespace Justice.Publicity.Tests.Website;

/// <summary>
/// Every public page in every language: served without an account or JavaScript, with its language, a title and one
/// main heading, links that lead somewhere, and the quick exit on every page for victims.
/// </summary>
public sealed partial class WebsitePagesTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    public static readonly string[] Pages =
    [
        "", "/victims", "/victims/children", "/victims/contacts", "/victims/help", "/professionals", "/professionals/certificates",
        "/professionals/competencies", "/professionals/publications", "/professionals/film", "/events", "/events/confirm", "/events/cancel",
        "/news",
    ];

    public static TheoryData<string, string> EveryPage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "bg", "en", "fr" })
        {
            foreach (var page in Pages)
            {
                data.Add(language, page);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task A_page_has_its_language_a_title_one_main_heading_and_links_that_work(string language, string page)
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"/{language}{page}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.Matches("<title>[^<]{3,}</title>", html);
        Assert.Single(Heading().Matches(html));
        Assert.Equal(page.StartsWith("/victims", StringComparison.Ordinal), html.Contains("id=\"quick-exit\"", StringComparison.Ordinal));
        foreach (var link in LocalLinks(html))
        {
            using var followed = await client.GetAsync(link);
            // Here no Training answers: its calendar says so (503), as it would in a real outage.
            var expected = link.EndsWith("/professionals/trainings", StringComparison.Ordinal) || link.EndsWith("/professionals/materials", StringComparison.Ordinal)
                ? HttpStatusCode.ServiceUnavailable
                : HttpStatusCode.OK;
            Assert.True(followed.StatusCode == expected, $"{link} on /{language}{page} answered {(int)followed.StatusCode}.");
        }
    }

    [Theory]
    [InlineData("fr-FR,fr;q=0.9,en;q=0.5", "/fr/")]
    [InlineData("en-GB", "/en/")]
    [InlineData("de-DE", "/bg/")]
    [InlineData(null, "/bg/")]
    public async Task The_front_door_sends_a_visitor_to_their_language_and_Bulgarian_by_default(string? acceptLanguage, string expected)
    {
        using var client = host.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_language_switch_leads_to_the_same_page_in_each_language()
    {
        using var client = host.CreateClient();

        var html = await client.GetStringAsync("/en/victims/help");

        Assert.Contains("href=\"/bg/victims/help\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/victims/help\"", html, StringComparison.Ordinal);
        Assert.Contains("Help now", html, StringComparison.Ordinal);
        Assert.Contains("Помощ веднага", await client.GetStringAsync("/bg/victims/help"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_Network_does_not_answer_the_contacts_page_says_so_rather_than_failing()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/en/victims/contacts?region=BG-05");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("not available right now", html, StringComparison.Ordinal);
        Assert.Contains("id=\"quick-exit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_Training_does_not_answer_the_materials_page_says_so_rather_than_failing()
    {
        using var response = await host.CreateClient().GetAsync("/fr/professionals/materials");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("pas disponible pour le moment", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/xx/victims")]
    [InlineData("/en/nowhere")]
    [InlineData("/en/events/00000000-0000-0000-0000-000000000000")]
    public async Task An_unknown_page_is_not_found(string path)
    {
        using var response = await host.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Links within the site (to pages, not the stylesheet or the quick exit).</summary>
    private static IEnumerable<string> LocalLinks(string html) =>
        Link().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(href => href.StartsWith('/') && !href.EndsWith(".css", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex Heading();

    [GeneratedRegex("<a [^>]*href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
