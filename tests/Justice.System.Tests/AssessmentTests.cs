using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Assessment.V1;
using static Justice.SystemTests.ThroughTheGateway;

namespace Justice.SystemTests;

/// <summary>
/// An individual assessment through the gateway only, with Training and Assessment as they run: a practitioner of
/// BG-05 trained by the programme assesses a 12-year-old victim of sexual violence; one not yet trained may not complete
/// it; the victim's wish brings the same-sex interviewer at the re-assessment; the figures over gRPC count it; another
/// region's coordinator reaches the record only by breaking the glass.
/// </summary>
[Collection(WholeSystemCollection.Name)]
public sealed class AssessmentTests(WholeSystem system)
{
    private const string Region = "BG-05";

    [Fact]
    public async Task A_trained_practitioner_assesses_a_child_victim_and_the_system_follows_it()
    {
        using var assessor = await SignedInAsync(system, "vidin-assessor", "practitioner", Region);
        using var untrained = await SignedInAsync(system, "vidin-new-assessor", "practitioner", Region);
        await TrainAsync(system, Region, "vidin-assessment", [new Trainee("Надежда Асенова", "psychologist", Subject(assessor))]);
        var (directory, figuresBefore) = (new AssessmentDirectory.AssessmentDirectoryClient(system.GatewayGrpc), await CompletedAsync());

        var victim = (await SendAsync(assessor, HttpMethod.Post, "/api/assessment/victims", new
        {
            regionCode = Region, ageGroup = "child", sex = "female", preferredLanguage = "bg",
            personal = new { fullName = "Ива Иванова", dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-12).AddDays(-30)) },
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var assessments = $"/api/assessment/victims/{victim}/assessments";
        await SendAsync(assessor, HttpMethod.Post, assessments, new { facts = Facts(wishesSameSexInterviewer: false) }, HttpStatusCode.Created);

        var refused = await SendAsync(untrained, HttpMethod.Post, $"{assessments}/1/complete", null, HttpStatusCode.Forbidden);
        Assert.Contains("обучение", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var first = await SendAsync(assessor, HttpMethod.Post, $"{assessments}/1/complete", null, HttpStatusCode.OK);
        Assert.Contains("audiovisual-recording", Recommended(first));
        Assert.DoesNotContain("same-sex-interviewer", Recommended(first));

        await SendAsync(assessor, HttpMethod.Post, assessments, new { facts = Facts(wishesSameSexInterviewer: true) }, HttpStatusCode.Created);
        var second = await SendAsync(assessor, HttpMethod.Post, $"{assessments}/2/complete", null, HttpStatusCode.OK);
        Assert.Contains("same-sex-interviewer", Recommended(second));
        var diff = await assessor.GetFromJsonAsync<JsonElement>($"{assessments}/diff?from=1&to=2");
        Assert.Contains(diff.GetProperty("facts").EnumerateArray(), c => c.GetProperty("field").GetString() == "wishes.sameSexInterviewer");
        Assert.Contains(diff.GetProperty("measures").EnumerateArray(), c => c.GetProperty("field").GetString() == "same-sex-interviewer");

        Assert.Equal(figuresBefore + 2, await CompletedAsync());
        var needs = await directory.GetVictimNeedsAsync(new GetVictimNeedsRequest { VictimId = victim.ToString() }, Bearer(system.AdminGateway));
        Assert.Equal(2, needs.Version);

        using var elsewhere = await SignedInAsync(system, "plovdiv-coordinator-assessment", "regional-coordinator", "BG-16");
        using var withoutGlass = await ReadAsync(elsewhere, victim);
        Assert.Equal(HttpStatusCode.NotFound, withoutGlass.StatusCode);
        await SendAsync(elsewhere, HttpMethod.Post, $"/api/assessment/victims/{victim}/break-the-glass",
            new { reason = "Детето е настанено спешно в кризисен център в Пловдив." }, HttpStatusCode.Created);
        using var withGlass = await ReadAsync(elsewhere, victim);
        Assert.Equal(HttpStatusCode.OK, withGlass.StatusCode);
        Assert.Equal("Ива Иванова", (await withGlass.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("personal").GetProperty("fullName").GetString());
    }

    private async Task<int> CompletedAsync()
    {
        var figures = await new AssessmentDirectory.AssessmentDirectoryClient(system.GatewayGrpc).GetAssessmentFiguresAsync(
            new GetAssessmentFiguresRequest { RegionCode = Region }, Bearer(system.AdminGateway));
        return figures.Regions.Single(r => r.RegionCode == Region).AssessmentsCompleted;
    }

    private static async Task<HttpResponseMessage> ReadAsync(HttpClient client, Guid victim)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/assessment/victims/{victim}");
        request.Headers.Add("X-Access-Purpose", "case-cooperation");
        return await client.SendAsync(request);
    }

    private static string?[] Recommended(JsonElement assessment) => [.. assessment.GetProperty("outcome").GetProperty("measures").EnumerateArray()
        .Where(m => m.GetProperty("status").GetString() == "recommended").Select(m => m.GetProperty("code").GetString())];

    /// <summary>The facts of a 12-year-old victim of sexual violence at school, as a portal sends them.</summary>
    internal static object Facts(bool wishesSameSexInterviewer) => new
    {
        sex = "female",
        characteristics = new { disability = false, communicationNeeds = false, residesAbroad = false },
        crimeCategories = new[] { "sexual-violence" },
        severity = "severe",
        circumstances = new { relationship = "acquaintance", dependentOnOffender = false, repeatOffending = false, place = "school" },
        risks = new object[]
        {
            new { risk = "secondary-victimisation", level = "high", reason = "Многократни разпити." },
            new { risk = "repeat-victimisation", level = "low", reason = "Извършителят е задържан." },
            new { risk = "intimidation", level = "medium", reason = "Съученици на извършителя." },
            new { risk = "retaliation", level = "none", reason = (string?)null },
        },
        depth = "extended",
        wishes = new { sameSexInterviewer = wishesSameSexInterviewer, declinedMeasures = Array.Empty<string>() },
        child = new { legalRepresentativePresent = true, conflictOfInterestWithParents = false, unaccompaniedOrSeparated = false, familySituation = "both-parents" },
    };
}
