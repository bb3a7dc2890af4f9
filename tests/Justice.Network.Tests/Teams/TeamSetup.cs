using System.Net.Http.Json;
using System.Text.Json;

namespace Justice.Network.Tests.Teams;

/// <summary>What team and institution tests start from: roster rows, institutions, members.</summary>
internal static class TeamSetup
{
    /// <summary>The types of a team that is formed once its members are trained: five, justice and welfare among them.</summary>
    public static readonly string[] FormingTypes = ["police", "prosecutor-office", "child-protection", "social-service", "hospital"];

    /// <summary>
    /// A practitioner on <paramref name="region"/>'s roster, written behind the service's back as Training's events would
    /// have left it (the consumers are tested with the broker in their own tests).
    /// </summary>
    public static async Task<Guid> RosterAsync(NetworkHost host, string region, bool trained = true, string profession = "social-worker")
    {
        var id = Guid.NewGuid();
        await host.Database.ExecuteAsync($"""
            insert into roster_members (practitioner_id, region_code, profession, registered_at, trained_at)
            values ('{id}', '{region}', '{profession}', now() - interval '30 days', {(trained ? "now() - interval '1 day'" : "null")})
            """);
        return id;
    }

    /// <summary>An institution of <paramref name="region"/>, added through the API; its id.</summary>
    public static async Task<Guid> InstitutionAsync(HttpClient admin, string region, string type, string? name = null)
    {
        using var response = await admin.PostAsJsonAsync($"/api/network/regions/{region}/institutions",
            new { type, nameBg = name ?? $"Институция {type} {Guid.NewGuid():N}", nameEn = $"Institution {type}" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> PutMemberAsync(HttpClient client, string region, Guid practitioner, Guid institution,
        string role = "member", string? accountId = null) =>
        await client.PutAsJsonAsync($"/api/network/regions/{region}/team/members/{practitioner}",
            accountId is null ? new { institutionId = institution, role } : (object)new { institutionId = institution, role, accountId });

    /// <summary>Adds one member for each of <paramref name="types"/> (a new institution each); returns the practitioners.</summary>
    public static async Task<List<Guid>> MembersAsync(NetworkHost host, HttpClient admin, string region, IEnumerable<string> types,
        bool trained = true)
    {
        var practitioners = new List<Guid>();
        foreach (var type in types)
        {
            var practitioner = await RosterAsync(host, region, trained);
            using var put = await PutMemberAsync(admin, region, practitioner, await InstitutionAsync(admin, region, type));
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
            practitioners.Add(practitioner);
        }
        return practitioners;
    }

    public static async Task<JsonElement> TeamAsync(HttpClient client, string region, string language = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/network/regions/{region}/team");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The payloads of <paramref name="type"/> events in the outbox about <paramref name="region"/>.</summary>
    public static async Task<long> OutboxCountAsync(NetworkHost host, string type, string region) =>
        await host.Database.ScalarAsync<long>(
            $"select count(*) from outbox_messages where type = '{type}' and payload::jsonb ->> 'regionCode' = '{region}'");
}
