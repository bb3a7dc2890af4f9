using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Justice.Testing;

/// <summary>One registration the load sent, on the load's clock: when it went, how long its answer took, what it was.</summary>
/// <param name="Status">The answer's status; null when none came within the client's patience (a hang) or the call failed.</param>
/// <param name="IsProblem">Whether the answer was RFC 7807 problem details of its own status.</param>
/// <param name="PractitionerId">The id a 201 gave the practitioner; null otherwise.</param>
public sealed record Registration(TimeSpan SentAt, TimeSpan AnswerTime, HttpStatusCode? Status, bool IsProblem, Guid? PractitionerId)
{
    public TimeSpan AnsweredAt => SentAt + AnswerTime;

    /// <summary>Answered 2xx: the service promised the practitioner is registered.</summary>
    public bool Acknowledged => PractitionerId is not null;

    /// <summary>Answered as the service should while it cannot serve: 503 problem details.</summary>
    public bool RefusedUnavailable => Status == HttpStatusCode.ServiceUnavailable && IsProblem;
}

/// <summary>
/// Registers practitioners in the background at a steady rate, as the national admin, and records every answer. It never
/// waits for one answer before sending the next, so a slow or hanging service shows as slow answers, not as a lower rate.
/// </summary>
public sealed class RegistrationLoad : IAsyncDisposable
{
    /// <summary>Modest on purpose: the suite shares two cores with every other test class.</summary>
    public const int PerSecond = 25;

    /// <summary>Far above the 5 s a caller may wait during an outage, so a hang is recorded as one instead of hidden.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly PeriodicTimer _ticks = new(TimeSpan.FromSeconds(1.0 / PerSecond));
    private readonly ConcurrentQueue<Registration> _answers = new();
    private readonly List<Task> _sent = [];
    private readonly Task _loop;

    private RegistrationLoad(HttpClient client)
    {
        _client = client;
        _client.Timeout = Patience;
        _loop = SendAsync();
    }

    /// <summary>Starts sending registrations through <paramref name="client"/>, which carries the admin's token.</summary>
    public static RegistrationLoad Start(HttpClient client) => new(client);

    /// <summary>The load's clock: what <see cref="Registration"/> times are measured on; tests mark a fault's window on it.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>The answers so far (the load goes on).</summary>
    public IReadOnlyList<Registration> Answers => [.. _answers];

    /// <summary>Sends no more, waits for every answer still due, and returns them all.</summary>
    public async Task<IReadOnlyList<Registration>> StopAsync()
    {
        _ticks.Dispose();
        await _loop;
        await Task.WhenAll(_sent);
        return Answers;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _client.Dispose();
    }

    private async Task SendAsync()
    {
        var number = 0;
        while (await _ticks.WaitForNextTickAsync())
        {
            _sent.Add(RegisterAsync(number++));
        }
    }

    private async Task RegisterAsync(int number)
    {
        var sentAt = Now;
        HttpStatusCode? status = null;
        var isProblem = false;
        Guid? practitionerId = null;
        try
        {
            using var response = await _client.PostAsJsonAsync("/api/training/practitioners", new
            {
                fullName = "Стоян Петков",
                profession = "police-officer",
                institution = "ОД на МВР",
                regionCode = string.Create(CultureInfo.InvariantCulture, $"BG-{number % 28 + 1:00}"),
            });
            status = response.StatusCode;
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                practitionerId = body.GetProperty("id").GetGuid();
            }
            else if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
            {
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                isProblem = problem.TryGetProperty("status", out var own) && own.GetInt32() == (int)response.StatusCode;
            }
        }
        catch (Exception failed) when (failed is HttpRequestException or TaskCanceledException or IOException)
        {
            // No answer within the patience, or the call broke: recorded as a registration without a status.
        }
        _answers.Enqueue(new Registration(sentAt, Now - sentAt, status, isProblem, practitionerId));
    }
}
