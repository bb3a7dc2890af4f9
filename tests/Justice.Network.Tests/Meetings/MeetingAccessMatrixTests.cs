using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Meetings;

/// <summary>
/// Every meetings endpoint × every caller, with real tokens, on BG-05's team meeting, BG-05's council's meeting and
/// the national council's: the region's coordinator and the national admin keep the team's and the council's
/// meetings; the team's members read the team's; nobody else sees any. Each refusal is audited once and changes nothing.
/// </summary>
public sealed class MeetingAccessMatrixTests(MatrixHost host) : IClassFixture<MatrixHost>
{
    private static readonly string[] Operations =
    [
        "list-team", "create-team", "read-team", "update-team", "delete-team", "upload-team", "download-team", "delete-minutes-team",
        "list-council", "create-council", "read-council", "update-council", "upload-council", "download-council",
        "create-national", "read-national",
    ];

    public static TheoryData<string, string, int> Matrix()
    {
        int[] nothing = [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403];
        return RoleMatrix.Cases(Operations, new Dictionary<string, int[]>
        {
            //                          team: list crt  read upd  del  upl  dl   dmin council: list crt read upd upl dl  national: crt read
            ["national-admin"] =        [200, 201, 200, 200, 204, 201, 200, 204, 200, 201, 200, 200, 201, 200, 201, 200],
            ["coordinator"] =           [200, 201, 200, 200, 204, 201, 200, 204, 200, 201, 200, 200, 201, 200, 403, 404],
            ["coordinator-elsewhere"] = [403, 403, 404, 404, 404, 404, 404, 404, 404, 403, 404, 404, 404, 404, 403, 404],
            ["team-member"] =           [200, 403, 200, 403, 403, 403, 200, 403, 403, 403, 404, 404, 404, 404, 403, 404],
            ["practitioner"] =          [403, 403, 404, 404, 404, 404, 404, 404, 403, 403, 404, 404, 404, 404, 403, 404],
            ["evaluator"] = nothing,
            ["trainer"] = nothing,
            ["publicity-editor"] = nothing,
            ["anonymous"] = [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
        });
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_exactly_what_it_may(string caller, string operation, int expected)
    {
        var network = host.Network;
        var client = await host.Callers.ClientAsync(caller);
        var admin = await network.CreateAdminClientAsync();
        var team = await NetworkRows.TeamAsync(network, Callers.Region);
        var council = await NetworkRows.CouncilAsync(network, Callers.Region);
        var national = await NetworkRows.NationalCouncilAsync(network);
        var teamMeeting = await Meetings.CreateAsync(admin, team, null);
        var councilMeeting = await Meetings.CreateAsync(admin, null, council);
        var nationalMeeting = await Meetings.CreateAsync(admin, null, national);
        if (operation is "download-team" or "delete-minutes-team")
        {
            await Meetings.UploadPdfAsync(admin, teamMeeting);
        }
        if (operation == "download-council")
        {
            await Meetings.UploadPdfAsync(admin, councilMeeting);
        }
        var meetings = await network.Database.ScalarAsync<long>("select count(*) from working_meetings");
        var refusals = await host.Callers.RefusalsAsync(caller);
        var update = new
        {
            heldOn = "2026-11-25", agenda = new[] { "Променен дневен ред" }, attendees = Array.Empty<Guid>(), decisions = Array.Empty<string>(),
        };

        using var response = operation switch
        {
            "list-team" => await client.GetAsync($"/api/network/meetings?region={Callers.Region}"),
            "create-team" => await client.PostAsJsonAsync("/api/network/meetings", Meetings.Body(team, null)),
            "read-team" => await client.GetAsync($"/api/network/meetings/{teamMeeting}"),
            "update-team" => await client.PutAsJsonAsync($"/api/network/meetings/{teamMeeting}", update),
            "delete-team" => await client.DeleteAsync($"/api/network/meetings/{teamMeeting}"),
            "upload-team" => await Meetings.UploadAsync(client, teamMeeting, "протокол.pdf", SampleFiles.Pdf()),
            "download-team" => await client.GetAsync($"/api/network/meetings/{teamMeeting}/minutes"),
            "delete-minutes-team" => await client.DeleteAsync($"/api/network/meetings/{teamMeeting}/minutes"),
            "list-council" => await client.GetAsync($"/api/network/meetings?councilId={council}"),
            "create-council" => await client.PostAsJsonAsync("/api/network/meetings", Meetings.Body(null, council)),
            "read-council" => await client.GetAsync($"/api/network/meetings/{councilMeeting}"),
            "update-council" => await client.PutAsJsonAsync($"/api/network/meetings/{councilMeeting}", update),
            "upload-council" => await Meetings.UploadAsync(client, councilMeeting, "протокол.docx", SampleFiles.Docx()),
            "download-council" => await client.GetAsync($"/api/network/meetings/{councilMeeting}/minutes"),
            "create-national" => await client.PostAsJsonAsync("/api/network/meetings", Meetings.Body(null, national)),
            "read-national" => await client.GetAsync($"/api/network/meetings/{nationalMeeting}"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{caller} {operation}: expected {expected}, got {(int)response.StatusCode} {body}");
        Assert.Equal(expected is 403 or 404 ? 1 : 0, await host.Callers.RefusalsAsync(caller) - refusals);
        if (expected >= 400)
        {
            // A refusal changes nothing: no meeting made or removed, none changed, no minutes stored or removed.
            Assert.Equal(meetings, await network.Database.ScalarAsync<long>("select count(*) from working_meetings"));
            Assert.Equal(0L, await network.Database.ScalarAsync<long>(
                $"select count(*) from working_meetings where id in ('{teamMeeting}', '{councilMeeting}') and updated_at is not null"));
            var withMinutes = operation is "download-team" or "delete-minutes-team" or "download-council" ? 1L : 0L;
            Assert.Equal(withMinutes, await network.Database.ScalarAsync<long>(
                $"select count(*) from meeting_minutes_files where meeting_id in ('{teamMeeting}', '{councilMeeting}')"));
        }
    }
}
