using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Messaging.Outbox;
using Justice.Publicity.Data;
using Justice.Security;
using Justice.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Publicity.Tests.Events;

/// <summary>
/// After an event: who attended (the programme counts them through <c>PublicEventHeld</c>), and a participant's data
/// erased on request while the count stays.
/// </summary>
public sealed class AttendanceTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    private readonly EventsClient _events = new(host);

    [Fact]
    public async Task Attendance_holds_the_event_and_tells_monitoring_the_count_without_a_name()
    {
        var eventId = await _events.CreateEventAsync(capacity: 5);
        var people = Enumerable.Range(0, 3).Select(i => TestMailbox.NewAddress($"a{i}")).ToArray();
        foreach (var email in people)
        {
            await _events.RegisterAndConfirmAsync(eventId, email);
        }
        var ids = (await _events.RegistrationsAsync(eventId)).Select(r => r.GetProperty("id").GetGuid()).ToArray();
        using var editor = await host.ClientAsync(Roles.PublicityEditor);

        using var early = await editor.PutAsJsonAsync($"{EventsClient.Events}/{eventId}/attendance", new { attended = ids });
        await _events.StartedAsync(eventId);
        using var recorded = await editor.PutAsJsonAsync($"{EventsClient.Events}/{eventId}/attendance", new { attended = ids[..2] });
        var held = await _events.EventAsync(eventId);
        var events = await HeldEventsAsync(eventId);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal("held", held.GetProperty("status").GetString());
        Assert.Equal(2, held.GetProperty("participants").GetInt32());
        var payload = Assert.Single(events);
        Assert.Equal(2, payload.GetProperty("participants").GetInt32());
        Assert.Equal("BG-05", payload.GetProperty("regionCode").GetString());
        Assert.Equal("press-conference", payload.GetProperty("kind").GetString());
        Assert.DoesNotContain("@", payload.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Мария", payload.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_events_own_live_registrations_can_be_present()
    {
        var eventId = await _events.CreateEventAsync();
        var other = await _events.CreateEventAsync();
        await _events.RegisterAndConfirmAsync(other, TestMailbox.NewAddress());
        var stranger = Assert.Single(await _events.RegistrationsAsync(other)).GetProperty("id").GetGuid();
        await _events.StartedAsync(eventId);
        using var editor = await host.ClientAsync(Roles.PublicityEditor);

        using var response = await editor.PutAsJsonAsync($"{EventsClient.Events}/{eventId}/attendance", new { attended = new[] { stranger } });

        await Problem.AssertFieldsAsync(response, "attended");
        Assert.Empty(await HeldEventsAsync(eventId));
    }

    [Fact]
    public async Task An_erased_participant_is_forgotten_but_still_counted()
    {
        var eventId = await _events.CreateEventAsync();
        var email = TestMailbox.NewAddress("erase");
        await _events.RegisterAndConfirmAsync(eventId, email);
        var id = Assert.Single(await _events.RegistrationsAsync(eventId)).GetProperty("id").GetGuid();
        await _events.StartedAsync(eventId);
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        using (await editor.PutAsJsonAsync($"{EventsClient.Events}/{eventId}/attendance", new { attended = new[] { id } }))
        {
        }

        using var erased = await editor.DeleteAsync($"/api/publicity/registrations/{id}/personal-data");
        var registration = Assert.Single(await _events.RegistrationsAsync(eventId));
        await using var scope = host.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PublicityDbContext>().Registrations.AsNoTracking().SingleAsync(r => r.Id == id);
        using var again = await editor.PutAsJsonAsync($"{EventsClient.Events}/{eventId}/attendance", new { attended = new[] { id } });

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal(JsonValueKind.Null, registration.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, registration.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, registration.GetProperty("organisation").ValueKind);
        Assert.True(registration.GetProperty("attended").GetBoolean());
        Assert.Null(stored.CancellationTokenHash);
        Assert.Equal(1, (await _events.EventAsync(eventId)).GetProperty("participants").GetInt32());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Erasing_before_the_event_gives_the_seat_to_the_first_waiting()
    {
        var eventId = await _events.CreateEventAsync(capacity: 1);
        var (first, second) = (TestMailbox.NewAddress(), TestMailbox.NewAddress());
        await _events.RegisterAndConfirmAsync(eventId, first);
        await _events.RegisterAndConfirmAsync(eventId, second);
        var id = (await _events.RegistrationsAsync(eventId)).Single(r => r.GetProperty("email").GetString() == first).GetProperty("id").GetGuid();
        using var editor = await host.ClientAsync(Roles.NationalAdmin);

        using var erased = await editor.DeleteAsync($"/api/publicity/registrations/{id}/personal-data");
        var promoted = await host.Mailbox.WaitForAsync(second, 3);
        var statuses = (await _events.RegistrationsAsync(eventId)).Select(r => r.GetProperty("status").GetString()!).Order().ToArray();

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.StartsWith("Освободи се място за вас", promoted[2].Subject, StringComparison.Ordinal);
        Assert.Equal(["cancelled", "confirmed"], statuses);
    }

    private async Task<JsonElement[]> HeldEventsAsync(Guid eventId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PublicityDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type == "PublicEventHeld").ToListAsync();
        return [.. rows.Select(m => JsonSerializer.Deserialize<JsonElement>(m.Payload))
            .Where(p => p.GetProperty("eventId").GetGuid() == eventId)];
    }
}
