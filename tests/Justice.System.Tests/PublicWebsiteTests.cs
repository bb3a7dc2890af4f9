using System.Net;
using Grpc.Core;
using Justice.Monitoring.V1;
using Justice.Testing;
using Npgsql;
using static Justice.SystemTests.ThroughTheGateway;

namespace Justice.SystemTests;

/// <summary>
/// The public website through the gateway's front door, as a visitor sees it: what Network and Training hold shows on
/// its pages, and a registration made on it is confirmed with the code the system mailed.
/// </summary>
[Collection(WholeSystemCollection.Name)]
public sealed class PublicWebsiteTests(WholeSystem system)
{
    private const string Region = "BG-07";

    [Fact]
    public async Task Institutions_added_in_Network_are_on_the_regions_contacts_page()
    {
        using var coordinator = await SignedInAsync(system, "gabrovo-website-coordinator", "regional-coordinator", Region);
        var name = $"Отдел „Закрила на детето“ {Guid.NewGuid():N}"[..40];
        await SendAsync(coordinator, HttpMethod.Post, $"/api/network/regions/{Region}/institutions",
            new { type = "child-protection", nameBg = name, address = "гр. Габрово", contact = "+359 66 800 000" }, HttpStatusCode.Created);
        using var visitor = Visitor();

        using var response = await visitor.GetAsync($"/bg/victims/contacts?region={Region}");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(name, page, StringComparison.Ordinal);
        Assert.Contains("+359 66 800 000", page, StringComparison.Ordinal);
        Assert.Contains("id=\"quick-exit\"", page, StringComparison.Ordinal);
        // The page's own policy, through the gateway: its stylesheet and the quick exit's script may load, nothing else.
        var policy = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_planned_in_Training_is_in_the_trainings_calendar()
    {
        await PublishFrameworkAsync(system);
        using var coordinator = await SignedInAsync(system, "gabrovo-calendar-coordinator", "regional-coordinator", Region);
        using var trainer = await SignedInAsync(system, "gabrovo-calendar-trainer", "trainer", Region);
        await CreateSessionAsync(coordinator, Region, Subject(trainer));
        using var visitor = Visitor();

        var page = await visitor.GetStringAsync($"/en/professionals/trainings?region={Region}");

        Assert.Contains("Правосъдие, приятел на детето: регионално обучение", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_material_made_public_in_Training_is_on_the_materials_page_and_one_that_is_not_is_not()
    {
        var shown = $"Наръчник за екипите {Guid.NewGuid():N}"[..32];
        var kept = $"Вътрешен наръчник {Guid.NewGuid():N}"[..30];
        foreach (var (title, isPublic) in new[] { (shown, true), (kept, false) })
        {
            await SendAsync(system.AdminGateway, HttpMethod.Post, "/api/training/materials",
                new { kind = "manual", titles = new { bg = title }, competencies = new[] { "C1" }, @public = isPublic }, HttpStatusCode.Created);
        }
        using var visitor = Visitor();

        var page = WebUtility.HtmlDecode(await visitor.GetStringAsync("/bg/professionals/materials"));

        Assert.Contains(shown, page, StringComparison.Ordinal);
        Assert.DoesNotContain(kept, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_registers_on_the_website_confirms_with_the_mailed_code_and_once_present_counts_toward_the_target()
    {
        using var editor = await SignedInAsync(system, "website-publicity-editor", "publicity-editor", null);
        var eventId = (await SendAsync(editor, HttpMethod.Post, "/api/publicity/events", new
        {
            kind = "round-table",
            title = new { bg = "Кръгла маса в Габрово", fr = "Table ronde à Gabrovo" },
            description = new { bg = "Сътрудничество по случаите на пострадали деца." },
            region = Region,
            startsAt = DateTimeOffset.UtcNow.AddDays(20),
            venue = "Габрово",
            capacity = 40,
        }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var email = TestMailbox.NewAddress("visiteur");
        using var visitor = Visitor();

        using var registered = await visitor.PostAsync($"/fr/events/{eventId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Claire Martin", ["Email"] = email, ["Consent"] = "true",
        }));
        var mail = Assert.Single(await system.Mailbox.WaitForAsync(email, timeout: TimeSpan.FromSeconds(30)));
        var code = System.Text.RegularExpressions.Regex.Match(mail.Body, "[0-9A-Z]{5}-[0-9A-Z]{5}").Value;
        using var confirmed = await visitor.PostAsync("/fr/events/confirm", new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = code }));
        var seats = await SendAsync(visitor, HttpMethod.Get, $"/api/publicity/events/{eventId}", null, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.StartsWith("Code de confirmation", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Votre inscription est confirmée", WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(39, seats.GetProperty("seatsLeft").GetInt32());

        // After the event (its start moved into the past, as time would), attendance counts toward the programme's target.
        var token = (await TokenRequests.ClientCredentialsAsync(system.Gateway, "national-dashboard", system.DashboardSecret, "monitoring")).AccessToken;
        var headers = new Metadata { { "Authorization", $"Bearer {token}" } };
        var dashboard = new NationalDashboard.NationalDashboardClient(system.GatewayGrpc);
        var before = Participants(await dashboard.GetRegionAsync(new GetRegionRequest { RegionCode = Region }, headers));
        await using (var publicity = new NpgsqlConnection(await system.DatabaseAsync("publicitydb")))
        {
            await publicity.OpenAsync();
            await using var started = new NpgsqlCommand("update public_events set starts_at = now() - interval '1 hour' where id = @id", publicity);
            started.Parameters.AddWithValue("id", eventId);
            await started.ExecuteNonQueryAsync();
        }
        var registration = (await SendAsync(editor, HttpMethod.Get, $"/api/publicity/events/{eventId}/registrations", null, HttpStatusCode.OK))
            .GetProperty("items")[0].GetProperty("id").GetGuid();
        await SendAsync(editor, HttpMethod.Put, $"/api/publicity/events/{eventId}/attendance", new { attended = new[] { registration } },
            HttpStatusCode.OK);
        var counted = await Eventually.Holds(TimeSpan.FromSeconds(30), async () =>
            Participants(await dashboard.GetRegionAsync(new GetRegionRequest { RegionCode = Region }, headers)) == before + 1);
        Assert.True(counted, "Monitoring did not count the participant within 30 s.");
    }

    private static double Participants(IndicatorSet set) => set.Indicators.Single(i => i.Code == "event-participants").Value;

    private HttpClient Visitor() => new() { BaseAddress = system.Gateway.BaseAddress };
}
