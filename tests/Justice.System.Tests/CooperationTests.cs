using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Network.V1;
using Justice.Testing;
using static Justice.SystemTests.ThroughTheGateway;

namespace Justice.SystemTests;

/// <summary>
/// Cooperation on victims' cases through the gateway only, with every service as it runs: in Vidin (BG-05) five
/// practitioners the programme trained, from four kinds of institution, form the territorial team; an assessment
/// completed in Assessment opens a case in Network; the team works it — a planning conference, a referral accepted and
/// completed, one recorded interview, the victim informed of every right, a plan review and the feedback invitation —
/// and it closes effective; a second case closed without them does not; over gRPC the region stands at 50%.
/// </summary>
[Collection(WholeSystemCollection.Name)]
public sealed class CooperationTests(WholeSystem system)
{
    private const string Region = "BG-05";
    private static readonly TimeSpan EventsArrive = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_formed_team_in_Vidin_works_two_cases_and_one_of_the_two_closed_is_effective()
    {
        using var coordinator = await SignedInAsync(system, "vidin-cooperation-coordinator", "regional-coordinator", Region);
        using var member = await SignedInAsync(system, "vidin-team-member", "practitioner", Region);
        var practitioners = await TrainAsync(system, Region, "vidin-network",
        [
            new Trainee("Мария Петрова", "police-officer", Subject(member)),
            new Trainee("Георги Димитров", "prosecutor"),
            new Trainee("Елена Стоянова", "social-worker"),
            new Trainee("Иван Колев", "psychologist"),
            new Trainee("Петя Николова", "paediatrician"),
        ]);
        var police = await InstitutionAsync(coordinator, "police", "Областна дирекция на МВР – Видин");
        var prosecution = await InstitutionAsync(coordinator, "prosecutor-office", "Окръжна прокуратура – Видин");
        var childProtection = await InstitutionAsync(coordinator, "child-protection", "Отдел „Закрила на детето“ – Видин");
        var hospital = await InstitutionAsync(coordinator, "hospital", "МБАЛ „Света Петка“ – Видин");

        Guid[] institutionOf = [police, prosecution, childProtection, childProtection, hospital];
        for (var i = 0; i < practitioners.Count; i++)
        {
            var path = $"/api/network/regions/{Region}/team/members/{practitioners[i]}";
            var body = new { institutionId = institutionOf[i], role = i == 0 ? "coordinator" : "member", accountId = i == 0 ? Subject(member) : null };
            // The practitioner joins Network's roster when Training's event arrives.
            Assert.True(await Eventually.Holds(EventsArrive, async () =>
            {
                using var added = await coordinator.PutAsJsonAsync(path, body);
                return added.StatusCode == HttpStatusCode.Created;
            }), $"practitioner {i} never joined the team");
        }
        var directory = new CooperationDirectory.CooperationDirectoryClient(system.GatewayGrpc);
        var team = await Eventually.Within(EventsArrive,
            () => directory.GetTeamAsync(new GetTeamRequest { RegionCode = Region }, Bearer(system.AdminGateway)).ResponseAsync,
            status => status.Formed);
        Assert.True(team.Formed, team.ToString());
        Assert.Equal(5, team.Members);
        Assert.Equal(4, team.InstitutionTypes.Count);

        var effective = await CaseFromAssessmentAsync(member);
        await SendAsync(member, HttpMethod.Post, $"/api/network/cases/{effective}/conferences", new
        {
            kind = "planning", heldAt = DateTimeOffset.UtcNow, institutionIds = new[] { police, prosecution, childProtection },
            decisions = new[] { "Разпит в синята стая с видеозапис." },
        }, HttpStatusCode.Created);
        var referral = (await SendAsync(member, HttpMethod.Post, $"/api/network/cases/{effective}/referrals", new
        {
            fromInstitutionId = childProtection, toInstitutionId = hospital, purpose = "emotional-psychological",
            dueBy = DateTimeOffset.UtcNow.AddDays(7), consent = new { given = true, at = DateTimeOffset.UtcNow, form = "legal-representative" },
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await SendAsync(member, HttpMethod.Post, $"/api/network/referrals/{referral}/accept", null, HttpStatusCode.OK);
        await SendAsync(member, HttpMethod.Post, $"/api/network/referrals/{referral}/complete", null, HttpStatusCode.OK);
        await SendAsync(member, HttpMethod.Post, $"/api/network/cases/{effective}/interviews", new
        {
            heldAt = DateTimeOffset.UtcNow, interviewerId = practitioners[3], adaptedPremises = true, audiovisualRecording = true,
        }, HttpStatusCode.Created);
        foreach (var right in await Article4RightsAsync(member, effective))
        {
            await SendAsync(member, HttpMethod.Put, $"/api/network/cases/{effective}/information/{right}",
                new { informedAt = DateTimeOffset.UtcNow, institutionId = childProtection }, HttpStatusCode.OK);
        }
        await SendAsync(member, HttpMethod.Post, $"/api/network/cases/{effective}/plan/reviews",
            new { reviewedOn = DateOnly.FromDateTime(DateTime.UtcNow) }, HttpStatusCode.Created);
        await SendAsync(member, HttpMethod.Post, $"/api/network/cases/{effective}/feedback-invitation",
            new { invitedAt = DateTimeOffset.UtcNow }, HttpStatusCode.NoContent);
        var closed = await SendAsync(member, HttpMethod.Post, $"/api/network/cases/{effective}/close", new { outcome = "support-completed" }, HttpStatusCode.OK);
        Assert.True(closed.GetProperty("evaluation").GetProperty("effective").GetBoolean(), closed.ToString());
        Assert.Equal(7, closed.GetProperty("evaluation").GetProperty("metCount").GetInt32());

        var ineffective = await CaseFromAssessmentAsync(member);
        var closedBare = await SendAsync(member, HttpMethod.Post, $"/api/network/cases/{ineffective}/close", new { outcome = "support-completed" }, HttpStatusCode.OK);
        Assert.False(closedBare.GetProperty("evaluation").GetProperty("effective").GetBoolean(), closedBare.ToString());

        var figures = await directory.GetCaseFiguresAsync(new GetCaseFiguresRequest { RegionCode = Region }, Bearer(system.AdminGateway));
        var vidin = Assert.Single(figures.Regions, r => r.RegionCode == Region);
        Assert.Equal(2, vidin.Closed);
        Assert.Equal(1, vidin.Effective);
        Assert.Equal(50.0, vidin.EffectivePercent);
    }

    private static async Task<Guid> InstitutionAsync(HttpClient coordinator, string type, string name) =>
        (await SendAsync(coordinator, HttpMethod.Post, $"/api/network/regions/{Region}/institutions",
            new { type, nameBg = name, address = "гр. Видин", contact = "+359 94 600 000" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A child victim registered and assessed in Assessment by <paramref name="assessor"/>; returns the case Network opens for them.</summary>
    private static async Task<Guid> CaseFromAssessmentAsync(HttpClient assessor)
    {
        var victim = (await SendAsync(assessor, HttpMethod.Post, "/api/assessment/victims", new
        {
            regionCode = Region, ageGroup = "child", sex = "female", preferredLanguage = "bg",
            personal = new { fullName = "Дете от Видин", dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-10)) },
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var assessments = $"/api/assessment/victims/{victim}/assessments";
        await SendAsync(assessor, HttpMethod.Post, assessments, new { facts = AssessmentTests.Facts(wishesSameSexInterviewer: false) }, HttpStatusCode.Created);
        await SendAsync(assessor, HttpMethod.Post, $"{assessments}/1/complete", null, HttpStatusCode.OK);
        var opened = await Eventually.Within(EventsArrive, async () =>
        {
            var page = await assessor.GetFromJsonAsync<JsonElement>($"/api/network/cases?region={Region}&pageSize=100");
            return page.GetProperty("items").EnumerateArray()
                .Where(c => c.GetProperty("victimId").GetGuid() == victim).Select(c => c.GetProperty("id").GetGuid()).FirstOrDefault();
        }, id => id != Guid.Empty);
        Assert.NotEqual(Guid.Empty, opened);
        return opened;
    }

    private static async Task<IEnumerable<string>> Article4RightsAsync(HttpClient client, Guid caseId)
    {
        var checklist = await client.GetFromJsonAsync<JsonElement>($"/api/network/cases/{caseId}/information");
        return [.. checklist.EnumerateArray()
            .Where(i => i.GetProperty("article").GetString()?.StartsWith("4(", StringComparison.Ordinal) == true)
            .Select(i => i.GetProperty("code").GetString()!)];
    }
}
