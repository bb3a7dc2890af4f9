using System.Net;
using Justice.Publicity.Tests.Events;
using Justice.Testing;

namespace Justice.Publicity.Tests.Website;

/// <summary>Registering through the website's forms, without JavaScript: the same rules as the API, in the page's language.</summary>
public sealed class WebsiteRegistrationTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    private readonly EventsClient _events = new(host);

    [Fact]
    public async Task A_visitor_registers_in_French_confirms_with_the_mailed_code_and_cancels_by_the_link()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress("visiteur");
        using var browser = host.CreateClient();

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/fr/events/{eventId}"));
        using var registered = await browser.PostAsync($"/fr/events/{eventId}", Form(("Name", "Marie Dupont"), ("Email", email),
            ("Organisation", "Tribunal"), ("Consent", "true"), ("Website", "")));
        var codeMail = Assert.Single(await host.Mailbox.WaitForAsync(email));
        using var confirmed = await browser.PostAsync("/fr/events/confirm", Form(("Code", EventsClient.CodeIn(codeMail))));
        var token = EventsClient.TokenIn((await host.Mailbox.WaitForAsync(email, 2))[^1]);
        var cancelPage = WebUtility.HtmlDecode(await browser.GetStringAsync($"/fr/events/cancel?token={Uri.EscapeDataString(token)}"));
        using var cancelled = await browser.PostAsync("/fr/events/cancel", Form(("Token", token)));

        Assert.Contains("Conférence de presse à Vidin", page, StringComparison.Ordinal);
        Assert.Contains("J'accepte que le ministère de la Justice", page, StringComparison.Ordinal);
        Assert.Contains("Consultez votre messagerie", await registered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Code de confirmation", codeMail.Subject, StringComparison.Ordinal);
        Assert.Contains("Votre inscription est confirmée", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Voulez-vous vraiment annuler", cancelPage, StringComparison.Ordinal);
        Assert.Contains("Votre inscription est annulée", await cancelled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var registration = Assert.Single(await _events.RegistrationsAsync(eventId));
        Assert.Equal("cancelled", registration.GetProperty("status").GetString());
        Assert.Equal("fr", registration.GetProperty("language").GetString());
    }

    [Fact]
    public async Task A_form_without_consent_or_with_a_bad_address_is_shown_again_with_what_to_fix_and_nothing_happens()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress();
        using var browser = host.CreateClient();

        using var noConsent = await browser.PostAsync($"/en/events/{eventId}", Form(("Name", "Jane Doe"), ("Email", email)));
        using var badAddress = await browser.PostAsync($"/en/events/{eventId}", Form(("Name", "Jane Doe"), ("Email", "jane at home"), ("Consent", "true")));

        Assert.Equal(HttpStatusCode.BadRequest, noConsent.StatusCode);
        Assert.Contains("Registration needs your consent.", await noConsent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badAddress.StatusCode);
        Assert.Contains("Not a valid e-mail address.", await badAddress.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _events.RegistrationsAsync(eventId));
    }

    [Fact]
    public async Task A_robot_filling_the_hidden_field_is_thanked_and_nothing_happens()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress("bot");

        using var response = await host.CreateClient().PostAsync($"/en/events/{eventId}", Form(("Name", "Bot"), ("Email", email),
            ("Consent", "true"), ("Website", "http://spam.example")));

        Assert.Contains("Check your mail", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await _events.RegistrationsAsync(eventId));
        Assert.Empty(await host.Mailbox.ForAsync(email));
    }

    [Fact]
    public async Task A_wrong_code_is_refused_on_the_page()
    {
        using var response = await host.CreateClient().PostAsync("/bg/events/confirm", Form(("Code", "00000-00000")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Непознат, използван или изтекъл код.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
