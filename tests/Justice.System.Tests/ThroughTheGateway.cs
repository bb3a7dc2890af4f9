using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Justice.Testing;

namespace Justice.SystemTests;

/// <summary>What the whole-system tests do through the gateway, as a portal would: sign people in, send and check.</summary>
public static class ThroughTheGateway
{
    public const string Password = "a long enough passphrase for the system";

    /// <summary>Creates <paramref name="userName"/> (as the national admin) and returns a client signed in as them.</summary>
    public static async Task<HttpClient> SignedInAsync(WholeSystem system, string userName, string role, string? region)
    {
        await SendAsync(system.AdminGateway, HttpMethod.Post, "/api/identity/users", new
        {
            userName, password = Password, role, regionCode = region, institution = "Окръжен съд – Видин",
        }, HttpStatusCode.Created);
        await AccountRequests.TakeOverAsync(system.Gateway, userName, Password);
        var token = (await TokenRequests.PasswordAsync(system.Gateway, userName, Password)).AccessToken;
        return new HttpClient { BaseAddress = system.Gateway.BaseAddress }.WithToken(token);
    }

    /// <summary>Sends <paramref name="body"/> as JSON and asserts the status; returns the answer's JSON (default when empty).</summary>
    public static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The client's own token as gRPC metadata.</summary>
    public static Metadata Bearer(HttpClient client) => new() { { "Authorization", client.DefaultRequestHeaders.Authorization!.ToString() } };

    /// <summary>The account id (subject) of the client's token.</summary>
    public static string Subject(HttpClient client) => Jwt.Subject(client.DefaultRequestHeaders.Authorization!.Parameter!);

    public static readonly string[] Professions = ["judge", "prosecutor", "police-officer", "social-worker", "psychologist",
        "paediatrician", "general-practitioner", "forensic-doctor", "municipal-official", "lawyer"];

    /// <summary>Publishes the competency framework's first version unless a version is already published.</summary>
    public static async Task PublishFrameworkAsync(WholeSystem system)
    {
        using var current = await system.AdminGateway.GetAsync("/api/training/competency-framework");
        if (current.StatusCode == HttpStatusCode.OK)
        {
            return;
        }
        foreach (var profession in Professions)
        {
            await SendAsync(system.AdminGateway, HttpMethod.Put, $"/api/training/competency-framework/versions/1/profiles/{profession}",
                Enumerable.Range(1, 8).ToDictionary(i => $"C{i}", _ => 2), HttpStatusCode.NoContent);
        }
        await SendAsync(system.AdminGateway, HttpMethod.Post, "/api/training/competency-framework/versions/1/publish", null, HttpStatusCode.OK);
    }

    /// <summary>Plans a two-day regional session from today in <paramref name="region"/>, run by <paramref name="trainerId"/>.</summary>
    public static async Task<Guid> CreateSessionAsync(HttpClient coordinator, string region, string trainerId) =>
        (await SendAsync(coordinator, HttpMethod.Post, "/api/training/sessions", new
        {
            regionCode = region,
            title = "Правосъдие, приятел на детето: регионално обучение",
            venue = "Съдебна палата",
            // From today: a session is completed only once it has started.
            startsOn = DateOnly.FromDateTime(DateTime.UtcNow),
            endsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1),
            trainerIds = new[] { trainerId },
            agenda = new[]
            {
                new { day = 1, topic = "Права на пострадалите деца", competencies = new[] { "C1", "C2" } },
                new { day = 2, topic = "Индивидуална оценка на нуждите от защита", competencies = new[] { "C3" } },
            },
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>Moves a session a step on: <c>open</c>, <c>start</c> or <c>complete</c>.</summary>
    public static async Task MoveAsync(HttpClient client, Guid session, string step) =>
        await SendAsync(client, HttpMethod.Post, $"/api/training/sessions/{session}/{step}", null, HttpStatusCode.OK);

    /// <summary>A practitioner to register and train: name, profession and, when they sign in, their account.</summary>
    public sealed record Trainee(string FullName, string Profession, string? AccountId = null);

    /// <summary>
    /// Registers <paramref name="trainees"/> in <paramref name="region"/> and runs a regional session for them to
    /// completion (every day attended, the post-test taken), so Training counts each one trained; returns their
    /// practitioner ids in order. <paramref name="prefix"/> keeps the coordinator's and trainer's user names apart.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> TrainAsync(WholeSystem system, string region, string prefix, IReadOnlyList<Trainee> trainees)
    {
        await PublishFrameworkAsync(system);
        using var coordinator = await SignedInAsync(system, $"{prefix}-coordinator", "regional-coordinator", region);
        using var trainer = await SignedInAsync(system, $"{prefix}-trainer", "trainer", region);
        var ids = new List<Guid>();
        foreach (var trainee in trainees)
        {
            ids.Add((await SendAsync(coordinator, HttpMethod.Post, "/api/training/practitioners", new
            {
                fullName = trainee.FullName, profession = trainee.Profession, institution = "Дирекция „Социално подпомагане“",
                regionCode = region, userId = trainee.AccountId,
            }, HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }
        var session = await CreateSessionAsync(coordinator, region, Subject(trainer));
        await MoveAsync(coordinator, session, "open");
        foreach (var id in ids)
        {
            await SendAsync(coordinator, HttpMethod.Post, $"/api/training/sessions/{session}/enrolments", new { participantId = id }, HttpStatusCode.Created);
        }
        await SendAsync(trainer, HttpMethod.Put, $"/api/training/sessions/{session}/test", new
        {
            questions = new[] { "C1", "C2", "C3" }.Select((c, i) => new { competency = c, text = $"Въпрос {i + 1}", options = new[] { "а", "б" }, correct = 1 }),
        }, HttpStatusCode.NoContent);
        await MoveAsync(coordinator, session, "start");
        foreach (var day in new[] { 1, 2 })
        {
            await SendAsync(trainer, HttpMethod.Put, $"/api/training/sessions/{session}/attendance/{day}", new { present = ids }, HttpStatusCode.NoContent);
        }
        foreach (var id in ids)
        {
            await SendAsync(trainer, HttpMethod.Put, $"/api/training/sessions/{session}/tests/post/{id}", new { answers = new[] { 1, 1, 1 } }, HttpStatusCode.NoContent);
        }
        await MoveAsync(coordinator, session, "complete");
        return ids;
    }
}
