using System.Net.Http.Json;
using Justice.Security;
using Justice.Testing;

namespace Justice.Publicity.Tests.Events;

/// <summary>
/// Who may do what with public events: anyone (no account) reads them, registers, confirms and cancels their own;
/// only publicity editors and national admins plan, change, cancel, see who registered, record attendance and erase.
/// </summary>
public sealed class EventsAccessMatrixTests(PublicityHost host) : IClassFixture<PublicityHost>
{
    private static readonly string[] Operations =
        ["list", "get", "consent", "register", "confirm", "cancel", "create", "update", "cancel-event", "registrations", "attendance", "erase"];

    private static readonly int[] Editor = [200, 200, 200, 202, 200, 200, 201, 200, 200, 200, 200, 204];
    private static readonly int[] Reader = [200, 200, 200, 202, 200, 200, 403, 403, 403, 403, 403, 403];

    public static TheoryData<string, string, int> Matrix() => RoleMatrix.Cases(Operations, new Dictionary<string, int[]>
    {
        [Roles.PublicityEditor] = Editor,
        [Roles.NationalAdmin] = Editor,
        [Roles.RegionalCoordinator] = Reader,
        [Roles.Practitioner] = Reader,
        [Roles.Trainer] = Reader,
        [Roles.Evaluator] = Reader,
        ["anonymous"] = [200, 200, 200, 202, 200, 200, 401, 401, 401, 401, 401, 401],
    });

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_what_it_may(string role, string operation, int expected)
    {
        var events = new EventsClient(host);
        using var client = role == "anonymous" ? host.CreateClient()
            : await host.ClientAsync(role, role is Roles.RegionalCoordinator or Roles.Practitioner or Roles.Trainer ? "BG-05" : null);
        var eventId = await events.CreateEventAsync();
        var email = TestMailbox.NewAddress();
        var path = $"{EventsClient.Events}/{eventId}";

        using var response = operation switch
        {
            "list" => await client.GetAsync(EventsClient.Events),
            "get" => await client.GetAsync(path),
            "consent" => await client.GetAsync($"{EventsClient.Events}/consent"),
            "register" => await client.PostAsJsonAsync($"{path}/registrations", EventsClient.RegistrationBody(email)),
            "confirm" => await client.PostAsJsonAsync("/api/publicity/registrations/confirmation", new { code = await CodeAsync(events, eventId, email) }),
            "cancel" => await client.PostAsJsonAsync("/api/publicity/registrations/cancellation", new { token = await TokenAsync(events, eventId, email) }),
            "create" => await client.PostAsJsonAsync(EventsClient.Events, EventsClient.EventBody()),
            "update" => await client.PutAsJsonAsync(path, EventsClient.EventBody(capacity: 40)),
            "cancel-event" => await client.PostAsync($"{path}/cancellation", null),
            "registrations" => await client.GetAsync($"{path}/registrations"),
            "attendance" => await AttendanceAsync(client, events, eventId),
            "erase" => await client.DeleteAsync($"/api/publicity/registrations/{await RegistrationIdAsync(events, eventId, email)}/personal-data"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected >= 400)
        {
            Assert.DoesNotContain("@participants.test", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private async Task<string> CodeAsync(EventsClient events, Guid eventId, string email)
    {
        using (await events.RegisterAsync(eventId, email))
        {
        }
        return EventsClient.CodeIn(Assert.Single(await host.Mailbox.WaitForAsync(email)));
    }

    private async Task<string> TokenAsync(EventsClient events, Guid eventId, string email)
    {
        await events.RegisterAndConfirmAsync(eventId, email);
        return EventsClient.TokenIn((await host.Mailbox.WaitForAsync(email, 2))[^1]);
    }

    private static async Task<Guid> RegistrationIdAsync(EventsClient events, Guid eventId, string email)
    {
        await events.RegisterAndConfirmAsync(eventId, email);
        return Assert.Single(await events.RegistrationsAsync(eventId)).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> AttendanceAsync(HttpClient client, EventsClient events, Guid eventId)
    {
        await events.StartedAsync(eventId);
        return await client.PutAsJsonAsync($"{EventsClient.Events}/{eventId}/attendance", new { attended = Array.Empty<Guid>() });
    }
}
