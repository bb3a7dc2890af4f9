using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Network.Tests.Cases;

/// <summary>The victim's forensic interviews: how many, and whether one interviewer of the roster did them all.</summary>
public sealed class InterviewTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const string Region = "BG-18";

    [Fact]
    public async Task The_case_counts_the_interviews_and_says_whether_one_interviewer_did_them_all()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync(Region);
        var psychologist = await host.RosterMemberAsync(Region);
        var investigator = await host.RosterMemberAsync(Region, "police-officer");

        var before = (await admin.CaseAsync(caseId)).GetProperty("interviews");
        var first = await RecordAsync(admin, caseId, DateTimeOffset.UtcNow.AddDays(-2), psychologist, adapted: true, recorded: true);
        await RecordAsync(admin, caseId, DateTimeOffset.UtcNow.AddDays(-1), psychologist, adapted: true, recorded: false);
        var same = (await admin.CaseAsync(caseId)).GetProperty("interviews");
        await RecordAsync(admin, caseId, DateTimeOffset.UtcNow.AddHours(-1), investigator, adapted: false, recorded: false);
        var different = (await admin.CaseAsync(caseId)).GetProperty("interviews");

        Assert.Equal(0, before.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("sameInterviewer").ValueKind);
        Assert.Equal(2, same.GetProperty("count").GetInt32());
        Assert.True(same.GetProperty("sameInterviewer").GetBoolean());
        Assert.Equal(3, different.GetProperty("count").GetInt32());
        Assert.False(different.GetProperty("sameInterviewer").GetBoolean());
        var firstItem = different.GetProperty("items")[0];
        Assert.Equal(first.GetProperty("id").GetGuid(), firstItem.GetProperty("id").GetGuid());
        Assert.True(firstItem.GetProperty("adaptedPremises").GetBoolean());
        Assert.True(firstItem.GetProperty("audiovisualRecording").GetBoolean());
        Assert.Equal(psychologist, firstItem.GetProperty("interviewerId").GetGuid());
    }

    [Fact]
    public async Task A_bad_interview_names_each_field()
    {
        var admin = await host.CreateAdminClientAsync();
        var caseId = await admin.OpenCaseAsync(Region);
        var url = $"/api/network/cases/{caseId}/interviews";

        using var nulls = await admin.PostAsync(url, Problem.Json(
            """{"heldAt":null,"interviewerId":null,"adaptedPremises":null,"audiovisualRecording":null}"""));
        using var future = await admin.PostAsJsonAsync(url, new
        {
            heldAt = DateTimeOffset.UtcNow.AddHours(2), interviewerId = await host.RosterMemberAsync(Region), adaptedPremises = true, audiovisualRecording = true,
        });
        using var unknown = await admin.PostAsJsonAsync(url, new
        {
            heldAt = DateTimeOffset.UtcNow.AddHours(-2), interviewerId = Guid.NewGuid(), adaptedPremises = true, audiovisualRecording = true,
        });

        await Problem.AssertFieldsAsync(nulls, "heldAt", "interviewerId", "adaptedPremises", "audiovisualRecording");
        Assert.Equal(["heldAt"], await Problem.AssertFieldsAsync(future, "heldAt"));
        Assert.Equal(["interviewerId"], await Problem.AssertFieldsAsync(unknown, "interviewerId"));
        Assert.Equal(0, (await admin.CaseAsync(caseId)).GetProperty("interviews").GetProperty("count").GetInt32());
    }

    private static async Task<JsonElement> RecordAsync(HttpClient client, Guid caseId, DateTimeOffset heldAt, Guid interviewer,
        bool adapted, bool recorded)
    {
        using var response = await client.PostAsJsonAsync($"/api/network/cases/{caseId}/interviews",
            new { heldAt, interviewerId = interviewer, adaptedPremises = adapted, audiovisualRecording = recorded });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
