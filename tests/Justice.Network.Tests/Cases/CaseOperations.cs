using System.Net.Http.Json;
using System.Text.Json;

namespace Justice.Network.Tests.Cases;

/// <summary>
/// Each case endpoint as one call with a valid body, on a case prepared for it: what the closed-case and access tests
/// run for every operation.
/// </summary>
public sealed class CaseOperations(NetworkHost host, string region)
{
    /// <summary>The operations that change a case or what is recorded on it.</summary>
    public static readonly string[] Changes =
        ["lead", "feedback", "plan-action", "plan-done", "plan-review", "conference", "interview", "information", "close"];

    /// <summary>The operations that read one case.</summary>
    public static readonly string[] Reads = ["read", "plan-read", "information-read", "evaluation"];

    private Guid _institution;
    private Guid _practitioner;
    private readonly Dictionary<Guid, Guid> _actions = [];

    /// <summary>A case of the region, opened by the national admin, with an action on its plan.</summary>
    public async Task<Guid> PrepareAsync(HttpClient admin)
    {
        if (_institution == Guid.Empty)
        {
            _institution = await host.InstitutionAsync(region);
            _practitioner = await host.RosterMemberAsync(region);
        }
        var caseId = await admin.OpenCaseAsync(region);
        using var action = await admin.PostAsJsonAsync($"/api/network/cases/{caseId}/plan/actions",
            new { description = "Психологическа подкрепа", responsibleInstitutionId = _institution, dueOn = "2027-03-01" });
        action.EnsureSuccessStatusCode();
        _actions[caseId] = JsonDocument.Parse(await action.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        return caseId;
    }

    public async Task<HttpResponseMessage> RunAsync(HttpClient client, string operation, Guid caseId)
    {
        var url = $"/api/network/cases/{caseId}";
        var past = DateTimeOffset.UtcNow.AddHours(-1);
        return operation switch
        {
            "read" => await client.GetAsync(url),
            "plan-read" => await client.GetAsync($"{url}/plan"),
            "information-read" => await client.GetAsync($"{url}/information"),
            "evaluation" => await client.GetAsync($"{url}/evaluation"),
            "close" => await client.PostAsJsonAsync($"{url}/close", new { outcome = "support-completed" }),
            "lead" => await client.PutAsJsonAsync($"{url}/lead", new { institutionId = _institution }),
            "feedback" => await client.PostAsJsonAsync($"{url}/feedback-invitation", new { invitedAt = past }),
            "plan-action" => await client.PostAsJsonAsync($"{url}/plan/actions",
                new { description = "Среща с училището", responsibleInstitutionId = _institution, dueOn = "2027-04-01" }),
            "plan-done" => await client.PostAsync($"{url}/plan/actions/{_actions[caseId]}/done", null),
            "plan-review" => await client.PostAsJsonAsync($"{url}/plan/reviews", new { reviewedOn = "2026-11-01", summary = "Без промени." }),
            "conference" => await client.PostAsJsonAsync($"{url}/conferences",
                new { kind = "planning", heldAt = past, institutionIds = new[] { _institution }, decisions = new[] { "План" } }),
            "interview" => await client.PostAsJsonAsync($"{url}/interviews",
                new { heldAt = past, interviewerId = _practitioner, adaptedPremises = true, audiovisualRecording = true }),
            "information" => await client.PutAsJsonAsync($"{url}/information/legal-advice", new { informedAt = past, institutionId = _institution }),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
    }
}
