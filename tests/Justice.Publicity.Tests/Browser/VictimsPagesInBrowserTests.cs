using System.Text.RegularExpressions;
using Justice.Publicity.Tests.Website;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Justice.Publicity.Tests.Browser;

/// <summary>
/// The victims' pages in a real browser: readable and usable with JavaScript off (as some visitors browse, and as a
/// shared or watched device may be set), and a quick exit that leaves the site and, with JavaScript, leaves nothing to go
/// Back to. The quick exit's destination is answered by the test (this machine has no Internet).
/// </summary>
public sealed partial class VictimsPagesInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Exit = "https://www.google.com/";

    public static TheoryData<string> Languages() => ["bg", "en", "fr"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Without_JavaScript_every_victims_page_shows_its_content_styled_and_its_quick_exit(string language)
    {
        await using var context = await host.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        var victimsPages = WebsitePagesTests.Pages.Where(p => p.StartsWith("/victims", StringComparison.Ordinal)).ToList();

        foreach (var path in victimsPages)
        {
            var response = await page.GotoAsync(host.Url($"/{language}{path}"));

            Assert.True(response is { Ok: true }, $"/{language}{path} answered {response?.Status}.");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(AWord());
            await Expect(page.Locator("main")).ToContainTextAsync(AWord());
            var quickExit = page.Locator("#quick-exit");
            await Expect(quickExit).ToBeVisibleAsync();
            await Expect(quickExit).ToHaveAttributeAsync("href", Exit);
            // The stylesheet applies (the site's policy lets it load): the exit stands out in its warning colour.
            await Expect(page.Locator("nav.quick-exit")).ToHaveCSSAsync("background-color", "rgb(138, 28, 11)");
        }
        Assert.NotEmpty(victimsPages);
    }

    /// <summary>In Bulgarian only: the form is the same in every language, and each answer waits out Network's deadline here.</summary>
    [Fact]
    public async Task Without_JavaScript_the_contacts_form_sends_the_region_chosen()
    {
        const string language = "bg";
        await using var context = await host.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.Url($"/{language}/victims/contacts"));

        await page.Locator("select#region").SelectOptionAsync("BG-05");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(host.Url($"/{language}/victims/contacts?region=BG-05"));
        await Expect(page.Locator("select#region")).ToHaveValueAsync("BG-05");
        // Network does not run beside these tests: the page says the list is unavailable, and the exit is still there.
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("112");
        await Expect(page.Locator("#quick-exit")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_quick_exit_still_leaves_the_site()
    {
        await using var context = await host.NewContextAsync(javaScript: false);
        await AnswerTheExitAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.Url("/en/victims/help"));

        await page.Locator("#quick-exit").ClickAsync();

        await Expect(page).ToHaveURLAsync(Exit);
        await Expect(page).ToHaveTitleAsync("Google");
        // A plain link: without JavaScript, Back returns (which proves the script really did not run here).
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(host.Url("/en/victims/help"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task With_JavaScript_the_quick_exit_leaves_and_Back_does_not_return_to_the_victims_page(string language)
    {
        await using var context = await host.NewContextAsync();
        await AnswerTheExitAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.Url($"/{language}/"));
        await page.Locator("nav.main a[href$='/victims']").ClickAsync();
        await Expect(page).ToHaveURLAsync(host.Url($"/{language}/victims"));
        await Expect(page.Locator("nav.quick-exit")).ToHaveCSSAsync("background-color", "rgb(138, 28, 11)");

        await page.Locator("#quick-exit").ClickAsync();
        await Expect(page).ToHaveURLAsync(Exit);
        await page.GoBackAsync();

        // The victims' page was replaced in the history: Back leads to the page before it.
        await Expect(page).ToHaveURLAsync(host.Url($"/{language}/"));
    }

    /// <summary>Answers the quick exit's destination with a small page of its own, as the real one would answer.</summary>
    private static async Task AnswerTheExitAsync(IBrowserContext context) =>
        await context.RouteAsync(url => new Uri(url).Host == "www.google.com", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = "<!DOCTYPE html><html lang=\"en\"><title>Google</title><p>Search</p></html>",
        }));

    [GeneratedRegex(@"\S{3}")] // (not \p{L}: Playwright matches in JavaScript, without the u flag)
    private static partial Regex AWord();
}
