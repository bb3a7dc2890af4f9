using Justice.Publicity.Tests.Events;
using Justice.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Justice.Publicity.Tests.Browser;

/// <summary>A visitor registers for an event in a real browser: the form filled and sent as a person would, the code read from the mail.</summary>
public sealed class EventRegistrationInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private readonly EventsClient _events = new(host.Publicity);

    [Fact]
    public async Task A_visitor_registers_in_French_and_confirms_with_the_code_from_the_mail()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress("visiteur");
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.Url($"/fr/events/{eventId}"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Conférence de presse à Vidin");
        await page.GetByLabel("Nom complet", new() { Exact = true }).FillAsync("Marie Dupont");
        await page.GetByLabel("Adresse électronique", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Organisation (facultatif)", new() { Exact = true }).FillAsync("Tribunal de Vidin");
        await page.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "M'inscrire" }).ClickAsync();
        await Expect(page.Locator("#sent")).ToContainTextAsync("Consultez votre messagerie");

        var mail = Assert.Single(await host.Publicity.Mailbox.WaitForAsync(email));
        await page.GetByRole(AriaRole.Link, new() { Name = "Saisir le code" }).ClickAsync();
        await page.GetByLabel("Code reçu par courriel", new() { Exact = true }).FillAsync(EventsClient.CodeIn(mail));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(host.Url("/fr/events/confirm"));
        await Expect(page.Locator("#outcome")).ToContainTextAsync("Votre inscription est confirmée : votre place est réservée.");
        Assert.StartsWith("Code de confirmation", mail.Subject, StringComparison.Ordinal);
        var registration = Assert.Single(await _events.RegistrationsAsync(eventId));
        Assert.Equal("confirmed", registration.GetProperty("status").GetString());
        Assert.Equal("fr", registration.GetProperty("language").GetString());
        Assert.Equal("Marie Dupont", registration.GetProperty("name").GetString());
    }
}
