using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Justice.Publicity.Tests.Events;
using Justice.Publicity.Tests.Website;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Justice.Publicity.Tests.Browser;

/// <summary>
/// axe-core over every public page in every language, as a browser renders it: no serious or critical violation. A
/// failure lists each violation's rule, impact and the elements at fault, so it can be fixed without running it again.
/// </summary>
public sealed class AccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private readonly EventsClient _events = new(host.Publicity);

    [Theory]
    [MemberData(nameof(WebsitePagesTests.EveryPage), MemberType = typeof(WebsitePagesTests))]
    public async Task A_public_page_has_no_serious_or_critical_accessibility_violation(string language, string page)
    {
        var tab = await host.SharedPageAsync();

        var response = await tab.GotoAsync(host.Url($"/{language}{page}"));

        Assert.True(response is { Ok: true }, $"/{language}{page} answered {response?.Status}.");
        AssertNoSeriousViolation($"/{language}{page}", await tab.RunAxe());
    }

    [Theory]
    [InlineData("bg")]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task An_events_page_has_none_with_its_registration_form_nor_once_the_form_shows_what_to_fix(string language)
    {
        var eventId = await _events.CreateEventAsync();
        await using var context = await host.NewContextAsync();
        var tab = await context.NewPageAsync();

        await tab.GotoAsync(host.Url($"/{language}/events/{eventId}"));
        var blank = await tab.RunAxe();
        await tab.Locator("form button[type=submit]").ClickAsync();
        await Expect(tab.Locator("form [role=alert]")).ToBeVisibleAsync();
        var corrected = await tab.RunAxe();

        AssertNoSeriousViolation($"/{language}/events/{eventId}", blank);
        AssertNoSeriousViolation($"/{language}/events/{eventId} (sent empty)", corrected);
    }

    /// <summary>In one language: the markup is the same in all three, and each load waits out Network's deadline here.</summary>
    [Fact]
    public async Task The_contacts_page_has_none_once_a_region_is_chosen()
    {
        const string language = "fr";
        var tab = await host.SharedPageAsync();

        // Here Network does not answer: the page says so in an alert, which has to be accessible too.
        await tab.GotoAsync(host.Url($"/{language}/victims/contacts?region=BG-05"));

        await Expect(tab.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        AssertNoSeriousViolation($"/{language}/victims/contacts?region=BG-05", await tab.RunAxe());
    }

    private static void AssertNoSeriousViolation(string page, AxeResult result)
    {
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page} has {serious.Count} serious or critical accessibility violation(s):\n" + string.Join("\n",
            serious.Select(v => $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
    }
}
