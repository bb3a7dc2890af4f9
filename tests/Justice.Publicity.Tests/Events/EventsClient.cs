using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Justice.Publicity.Data;
using Justice.Security;
using Justice.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Publicity.Tests.Events;

/// <summary>What the events' tests do again and again: plan an event, register and confirm as a member of the public.</summary>
public sealed partial class EventsClient(PublicityHost host)
{
    public const string Events = "/api/publicity/events";

    public static object EventBody(int capacity = 30, string? region = "BG-05", DateTimeOffset? startsAt = null) => new
    {
        kind = "press-conference",
        title = new { bg = "Пресконференция в Видин", en = "Press conference in Vidin", fr = "Conférence de presse à Vidin" },
        description = new { bg = "Програмата в съдебния район.", en = "The programme in the judicial region." },
        region,
        startsAt = startsAt ?? DateTimeOffset.UtcNow.AddDays(10),
        venue = "Съдебна палата, Видин",
        capacity,
    };

    public static object RegistrationBody(string email, string language = "bg", bool consent = true, string? website = null) => new
    {
        name = "Мария Иванова",
        email,
        organisation = "Районен съд Видин",
        language,
        consent,
        website,
    };

    public async Task<Guid> CreateEventAsync(int capacity = 30, string? region = "BG-05")
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        using var created = await editor.PostAsJsonAsync(Events, EventBody(capacity, region));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> RegisterAsync(Guid eventId, string email, string language = "bg") =>
        await host.CreateClient().PostAsJsonAsync($"{Events}/{eventId}/registrations", RegistrationBody(email, language));

    /// <summary>Registers <paramref name="email"/> and confirms it with the mailed code; the status it got.</summary>
    public async Task<string> RegisterAndConfirmAsync(Guid eventId, string email)
    {
        using var registered = await RegisterAsync(eventId, email);
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        using var confirmed = await ConfirmAsync(CodeIn((await host.Mailbox.WaitForAsync(email))[^1]));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!;
    }

    public async Task<HttpResponseMessage> ConfirmAsync(string code) =>
        await host.CreateClient().PostAsJsonAsync("/api/publicity/registrations/confirmation", new { code });

    public async Task<HttpResponseMessage> CancelAsync(string token) =>
        await host.CreateClient().PostAsJsonAsync("/api/publicity/registrations/cancellation", new { token });

    public async Task<JsonElement> EventAsync(Guid eventId) =>
        await host.CreateClient().GetFromJsonAsync<JsonElement>($"{Events}/{eventId}");

    public async Task<JsonElement[]> RegistrationsAsync(Guid eventId)
    {
        using var editor = await host.ClientAsync(Roles.PublicityEditor);
        var page = await editor.GetFromJsonAsync<JsonElement>($"{Events}/{eventId}/registrations?pageSize=100");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    /// <summary>Moves the event's start into the past, as time would.</summary>
    public async Task StartedAsync(Guid eventId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PublicityDbContext>().Events.Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.StartsAt, DateTimeOffset.UtcNow.AddHours(-1)));
    }

    public static string CodeIn(ReceivedMail mail) => Code().Match(mail.Body) is { Success: true } match
        ? match.Value
        : throw new InvalidOperationException($"No code in: {mail.Body}");

    public static string TokenIn(ReceivedMail mail) => Token().Match(mail.Body) is { Success: true } match
        ? Uri.UnescapeDataString(match.Groups[1].Value)
        : throw new InvalidOperationException($"No cancellation link in: {mail.Body}");

    [GeneratedRegex("[0-9A-Z]{5}-[0-9A-Z]{5}")]
    private static partial Regex Code();

    [GeneratedRegex("events/cancel\\?token=([A-Za-z0-9_%\\-]+)")]
    private static partial Regex Token();
}
