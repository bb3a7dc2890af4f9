using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Publicity.Tests.Events;

/// <summary>
/// Registering for a public event as a member of the public: the code mailed and used once, consent recorded, one
/// registration per address, seats then the waiting list, cancellation by the mailed link, robots held off.
/// </summary>
public sealed class RegistrationTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    private readonly EventsClient _events = new(host);

    [Fact]
    public async Task A_registration_is_confirmed_by_the_mailed_code_and_records_the_consent_given()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress("marie");

        using var registered = await _events.RegisterAsync(eventId, email.ToUpperInvariant(), language: "fr");
        var codeMail = Assert.Single(await host.Mailbox.WaitForAsync(email));
        var pending = Assert.Single(await _events.RegistrationsAsync(eventId));
        using var confirmed = await _events.ConfirmAsync(EventsClient.CodeIn(codeMail).ToLowerInvariant().Replace("-", " "));
        var mails = await host.Mailbox.WaitForAsync(email, 2);
        var registration = Assert.Single(await _events.RegistrationsAsync(eventId));

        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        Assert.StartsWith("Code de confirmation", codeMail.Subject, StringComparison.Ordinal);
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("confirmed", registration.GetProperty("status").GetString());
        Assert.Equal(email, registration.GetProperty("email").GetString());
        Assert.StartsWith("J'accepte que le ministère de la Justice traite", registration.GetProperty("consentWording").GetString(), StringComparison.Ordinal);
        Assert.True(registration.GetProperty("consentedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.StartsWith("Inscription confirmée", mails[1].Subject, StringComparison.Ordinal);
        Assert.Contains("events/cancel?token=", mails[1].Body, StringComparison.Ordinal);
        Assert.Equal(29, (await _events.EventAsync(eventId)).GetProperty("seatsLeft").GetInt32());
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress();
        using (await _events.RegisterAsync(eventId, email))
        {
        }
        var code = EventsClient.CodeIn(Assert.Single(await host.Mailbox.WaitForAsync(email)));

        using var first = await _events.ConfirmAsync(code);
        using var second = await _events.ConfirmAsync(code);
        using var guessed = await _events.ConfirmAsync("00000-00000");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await Problem.AssertFieldsAsync(second, "code");
        await Problem.AssertFieldsAsync(guessed, "code");
    }

    [Fact]
    public async Task Beyond_the_capacity_confirmations_wait_and_a_cancelled_seat_goes_to_the_first_waiting()
    {
        var eventId = await _events.CreateEventAsync(capacity: 2);
        var people = Enumerable.Range(0, 4).Select(i => TestMailbox.NewAddress($"p{i}")).ToArray();

        var statuses = new List<string>();
        foreach (var email in people)
        {
            statuses.Add(await _events.RegisterAndConfirmAsync(eventId, email));
        }
        var full = await _events.EventAsync(eventId);
        var token = EventsClient.TokenIn((await host.Mailbox.WaitForAsync(people[0], 2))[^1]);
        using var cancelled = await _events.CancelAsync(token);
        using var again = await _events.CancelAsync(token);
        var freed = await host.Mailbox.WaitForAsync(people[2], 3);
        var after = (await _events.RegistrationsAsync(eventId)).ToDictionary(r => r.GetProperty("email").GetString()!, r => r.GetProperty("status").GetString());

        Assert.Equal(["confirmed", "confirmed", "waitlisted", "waitlisted"], statuses);
        Assert.Equal(0, full.GetProperty("seatsLeft").GetInt32());
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        await Problem.AssertFieldsAsync(again, "token");
        Assert.StartsWith("Освободи се място за вас", freed[^1].Subject, StringComparison.Ordinal);
        Assert.Equal("cancelled", after[people[0]]);
        Assert.Equal("confirmed", after[people[2]]);
        Assert.Equal("waitlisted", after[people[3]]);
        Assert.Equal(0, (await _events.EventAsync(eventId)).GetProperty("seatsLeft").GetInt32());
    }

    [Fact]
    public async Task Confirmations_racing_for_the_last_seat_give_it_to_one()
    {
        var eventId = await _events.CreateEventAsync(capacity: 1);
        var people = Enumerable.Range(0, 6).Select(i => TestMailbox.NewAddress($"race{i}")).ToArray();
        foreach (var email in people)
        {
            using (await _events.RegisterAsync(eventId, email))
            {
            }
        }
        var codes = new List<string>();
        foreach (var email in people)
        {
            codes.Add(EventsClient.CodeIn(Assert.Single(await host.Mailbox.WaitForAsync(email))));
        }

        var answers = await Task.WhenAll(codes.Select(async code =>
        {
            using var response = await _events.ConfirmAsync(code);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
        }));

        Assert.Equal(1, answers.Count(status => status == "confirmed"));
        Assert.Equal(5, answers.Count(status => status == "waitlisted"));
    }

    [Fact]
    public async Task An_address_registers_once_per_event_and_the_answer_does_not_tell_it_was_there()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress();
        await _events.RegisterAndConfirmAsync(eventId, email);

        using var again = await _events.RegisterAsync(eventId, email.ToUpperInvariant());
        using var fresh = await _events.RegisterAsync(eventId, TestMailbox.NewAddress());
        var mails = await host.Mailbox.WaitForAsync(email, 3);

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(await fresh.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Single(await _events.RegistrationsAsync(eventId), r => r.GetProperty("email").GetString() == email);
        Assert.StartsWith("Вече сте регистрирани", mails[2].Subject, StringComparison.Ordinal);
        // The new link cancels; the first one no longer does.
        using var stale = await _events.CancelAsync(EventsClient.TokenIn(mails[1]));
        using var current = await _events.CancelAsync(EventsClient.TokenIn(mails[2]));
        await Problem.AssertFieldsAsync(stale, "token");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task Registering_again_before_confirming_mails_a_new_code_and_the_old_one_stops_working()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress();
        using (await _events.RegisterAsync(eventId, email))
        {
        }
        using (await _events.RegisterAsync(eventId, email))
        {
        }
        var mails = await host.Mailbox.WaitForAsync(email, 2);

        using var old = await _events.ConfirmAsync(EventsClient.CodeIn(mails[0]));
        using var current = await _events.ConfirmAsync(EventsClient.CodeIn(mails[1]));

        await Problem.AssertFieldsAsync(old, "code");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Single(await _events.RegistrationsAsync(eventId));
    }

    [Fact]
    public async Task A_form_a_robot_filled_is_answered_as_any_other_and_changes_nothing()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress("robot");

        using var response = await host.CreateClient().PostAsJsonAsync($"{EventsClient.Events}/{eventId}/registrations",
            EventsClient.RegistrationBody(email, website: "http://spam.example"));
        var control = TestMailbox.NewAddress();
        using (await _events.RegisterAsync(eventId, control))
        {
        }
        await host.Mailbox.WaitForAsync(control);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await host.Mailbox.ForAsync(email));
        Assert.DoesNotContain(await _events.RegistrationsAsync(eventId), r => r.GetProperty("email").GetString() == email);
    }

    [Theory]
    [InlineData("consent", false, "someone@example.bg")]
    [InlineData("email", true, "not an address")]
    [InlineData("email", true, "Someone <someone@example.bg>")]
    [InlineData("email", true, "a@b.bg\r\nBcc: victim@example.bg")]
    public async Task A_registration_without_consent_or_address_is_refused_naming_the_field(string field, bool consent, string email)
    {
        var eventId = await _events.CreateEventAsync();

        using var response = await host.CreateClient().PostAsJsonAsync($"{EventsClient.Events}/{eventId}/registrations",
            EventsClient.RegistrationBody(email, consent: consent));

        await Problem.AssertFieldsAsync(response, field);
        Assert.Empty(await _events.RegistrationsAsync(eventId));
    }

    [Fact]
    public async Task A_cancelled_event_tells_its_participants_and_takes_no_more_registrations()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress();
        await _events.RegisterAndConfirmAsync(eventId, email);
        using var editor = await host.ClientAsync(Justice.Security.Roles.PublicityEditor);

        using var cancelled = await editor.PostAsync($"{EventsClient.Events}/{eventId}/cancellation", null);
        var told = await host.Mailbox.WaitForAsync(email, 3);
        using var late = await _events.RegisterAsync(eventId, TestMailbox.NewAddress());

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.StartsWith("Събитието е отменено", told[2].Subject, StringComparison.Ordinal);
        Assert.Equal("cancelled", Assert.Single(await _events.RegistrationsAsync(eventId)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }
}
