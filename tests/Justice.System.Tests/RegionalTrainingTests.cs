using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Justice.Testing;
using Justice.Training.V1;
using static Justice.SystemTests.ThroughTheGateway;
using UglyToad.PdfPig;

namespace Justice.SystemTests;

/// <summary>
/// A regional training from start to finish, through the gateway only, as the people who run it would:
/// Vidin's coordinator plans it and enrols the region's practitioners, the trainer records attendance
/// and the tests, the coordinator completes it. Certificates, Network's roster and the national
/// figures over gRPC then show the practitioners trained.
/// </summary>
[Collection(WholeSystemCollection.Name)]
public sealed class RegionalTrainingTests(WholeSystem system)
{
    private const string Vidin = "BG-05";

    private static readonly string[] FirstNames = ["Мария", "Иван", "Елена", "Георги", "Десислава", "Петър"];
    private static readonly string[] Surnames = ["Димитрова", "Стоянов", "Николова", "Христов", "Василева", "Тодоров"];

    [Fact]
    public async Task Thirty_six_enrol_thirty_five_are_trained_and_every_view_counts_them()
    {
        await PublishFrameworkAsync(system);
        using var coordinator = await SignedInAsync("vidin-training-coordinator", "regional-coordinator");
        using var trainer = await SignedInAsync("vidin-trainer", "trainer");
        var trainerId = Subject(trainer);
        var rosterBefore = await TrainedOnRosterAsync(coordinator);
        var figuresBefore = await TrainedInFiguresAsync(coordinator);

        // Planned and opened by the coordinator, run by the trainer.
        var practitioners = new List<(Guid Id, string Name)>();
        for (var i = 0; i < 36; i++)
        {
            var name = $"{FirstNames[i % 6]} {Surnames[i / 6]}";
            practitioners.Add((await RegisterAsync(coordinator, name, Professions[i % Professions.Length]), name));
        }
        var session = await CreateSessionAsync(coordinator, Vidin, trainerId);
        await MoveAsync(coordinator, session, "open");
        var enrolments = new List<JsonElement>();
        foreach (var (id, _) in practitioners)
        {
            enrolments.Add(await SendAsync(coordinator, HttpMethod.Post, $"/api/training/sessions/{session}/enrolments",
                new { participantId = id }, HttpStatusCode.Created));
        }
        Assert.All(enrolments.Take(35), e => Assert.Equal("enrolled", e.GetProperty("status").GetString()));
        Assert.Equal("waiting", enrolments[35].GetProperty("status").GetString());
        Assert.Equal(1, enrolments[35].GetProperty("waitingPosition").GetInt32());

        var enrolled = practitioners.Take(35).Select(p => p.Id).ToList();
        await SendAsync(trainer, HttpMethod.Put, $"/api/training/sessions/{session}/test", new
        {
            questions = new[] { "C1", "C1", "C2", "C3" }.Select((c, i) => new { competency = c, text = $"Въпрос {i + 1}", options = new[] { "а", "б", "в" }, correct = 2 }),
        }, HttpStatusCode.NoContent);
        foreach (var id in enrolled)
        {
            await SendAsync(trainer, HttpMethod.Put, $"/api/training/sessions/{session}/tests/pre/{id}", new { answers = new[] { 2, 0, 1, 0 } }, HttpStatusCode.NoContent);
        }
        await MoveAsync(coordinator, session, "start");
        await SendAsync(trainer, HttpMethod.Put, $"/api/training/sessions/{session}/attendance/1", new { present = enrolled }, HttpStatusCode.NoContent);
        await SendAsync(trainer, HttpMethod.Put, $"/api/training/sessions/{session}/attendance/2", new { present = enrolled }, HttpStatusCode.NoContent);
        foreach (var id in enrolled)
        {
            await SendAsync(trainer, HttpMethod.Put, $"/api/training/sessions/{session}/tests/post/{id}", new { answers = new[] { 2, 2, 2, 0 } }, HttpStatusCode.NoContent);
        }
        await MoveAsync(coordinator, session, "complete");

        // 35 certificates, one per participant who completed; the one on the waiting list has none.
        var certificates = await coordinator.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{session}/certificates");
        Assert.Equal(35, certificates.GetArrayLength());
        Assert.Equal(enrolled.Order(), certificates.EnumerateArray().Select(c => c.GetProperty("holderId").GetGuid()).Order());
        var results = await trainer.GetFromJsonAsync<JsonElement>($"/api/training/sessions/{session}/results");
        // Pre-test: C1 half right, C2 and C3 wrong; post-test: C1 and C2 right, C3 wrong. The gain is in points.
        var gain = results.GetProperty("averageGainByCompetency");
        Assert.Equal(50m, gain.GetProperty("C1").GetDecimal());
        Assert.Equal(100m, gain.GetProperty("C2").GetDecimal());
        Assert.Equal(0m, gain.GetProperty("C3").GetDecimal());
        Assert.Equal(35, results.GetProperty("completed").GetInt32());

        var first = certificates[0];
        var holder = practitioners.Single(p => p.Id == first.GetProperty("holderId").GetGuid());
        using var pdf = await coordinator.GetAsync($"/api/training/certificates/{first.GetProperty("verificationCode").GetString()}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(document.GetPages().Select(page => string.Concat(page.Letters.Select(l => l.Value))));
            Assert.Contains(holder.Name.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        var verified = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/training/certificates/{first.GetProperty("verificationCode").GetString()}");
        Assert.True(verified.GetProperty("valid").GetBoolean());
        Assert.Equal(holder.Name, verified.GetProperty("holderName").GetString());

        // Network hears PractitionerTrained through the outbox and the bus; the national figures count them.
        Assert.True(await Eventually.Holds(TimeSpan.FromSeconds(30), async () => await TrainedOnRosterAsync(coordinator) == rosterBefore + 35),
            $"Network's roster shows {await TrainedOnRosterAsync(coordinator)} trained, expected {rosterBefore + 35}");
        Assert.Equal(figuresBefore + 35, await TrainedInFiguresAsync(coordinator));
        var trained = await new TrainingDirectory.TrainingDirectoryClient(system.GatewayGrpc).IsPractitionerTrainedAsync(
            new IsPractitionerTrainedRequest { PractitionerId = holder.Id.ToString() }, Bearer(coordinator));
        Assert.True(trained.Trained);
        var waiting = await new TrainingDirectory.TrainingDirectoryClient(system.GatewayGrpc).IsPractitionerTrainedAsync(
            new IsPractitionerTrainedRequest { PractitionerId = practitioners[35].Id.ToString() }, Bearer(coordinator));
        Assert.False(waiting.Trained);
    }

    private Task<HttpClient> SignedInAsync(string userName, string role) =>
        ThroughTheGateway.SignedInAsync(system, userName, role, Vidin);

    private static async Task<Guid> RegisterAsync(HttpClient coordinator, string fullName, string profession) =>
        (await SendAsync(coordinator, HttpMethod.Post, "/api/training/practitioners", new
        {
            fullName, profession, institution = "Институция във Видин", regionCode = Vidin,
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<int> TrainedOnRosterAsync(HttpClient coordinator) =>
        (await coordinator.GetFromJsonAsync<JsonElement>($"/api/network/regions/{Vidin}/roster")).GetProperty("trained").GetInt32();

    private async Task<int> TrainedInFiguresAsync(HttpClient coordinator)
    {
        var figures = await new TrainingDirectory.TrainingDirectoryClient(system.GatewayGrpc).GetTrainingFiguresAsync(
            new GetTrainingFiguresRequest { RegionCode = Vidin }, Bearer(coordinator));
        return figures.Regions.Single(r => r.RegionCode == Vidin).PractitionersTrained;
    }
}
