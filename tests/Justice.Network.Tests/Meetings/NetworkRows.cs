extern alias NetworkService;

using System.Net.Http.Json;
using System.Text.Json;
using Justice.Network.Tests.Cases;
using Justice.Testing;

namespace Justice.Network.Tests.Meetings;

/// <summary>
/// Institutions, teams and councils for the councils' and meetings' tests. Institutions and teams have their own API
/// elsewhere; here they are written straight into the database, as the rows those APIs would make.
/// </summary>
public static class NetworkRows
{
    /// <summary>An institution of <paramref name="region"/>.</summary>
    public static Task<Guid> InstitutionAsync(NetworkHost host, string region, string? name = null) =>
        host.InstitutionAsync(region, name: name);

    /// <summary>The territorial team of <paramref name="region"/>, made if it has none yet.</summary>
    public static Task<Guid> TeamAsync(NetworkHost host, string region) => host.TeamAsync(region);

    /// <summary>Puts the account of <paramref name="token"/> on <paramref name="region"/>'s team, as a practitioner of its roster.</summary>
    public static Task JoinTeamAsync(NetworkHost host, string region, string token) =>
        host.TeamMemberAsync(region, Jwt.Subject(token));

    /// <summary>The national council, created by the national admin if there is none yet.</summary>
    public static Task<Guid> NationalCouncilAsync(NetworkHost host) => CouncilAsync(host, null);

    /// <summary>The council of <paramref name="region"/> (the national council for null), created by the national admin if there is none yet.</summary>
    public static async Task<Guid> CouncilAsync(NetworkHost host, string? region)
    {
        var admin = await host.CreateAdminClientAsync();
        using var created = await admin.PostAsJsonAsync("/api/network/councils", region is null
            ? new { kind = "national", name = "Национален съвет за подкрепа", regionCode = (string?)null }
            : new { kind = "public", name = $"Обществен съвет за подкрепа {region}", regionCode = (string?)region });
        if (created.IsSuccessStatusCode)
        {
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
        var list = await admin.GetFromJsonAsync<JsonElement>(region is null ? "/api/network/councils?kind=national" : $"/api/network/councils?region={region}");
        return list.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>Adds an organisation to a council as a member (the national admin); returns the member's id.</summary>
    public static async Task<Guid> CouncilMemberAsync(NetworkHost host, Guid council, string? organisation = null, string role = "member")
    {
        var admin = await host.CreateAdminClientAsync();
        using var added = await admin.PostAsJsonAsync($"/api/network/councils/{council}/members",
            new { organisation = organisation ?? $"Сдружение {Guid.NewGuid():N}", role });
        added.EnsureSuccessStatusCode();
        return (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Removes every council (and so their members and meetings), so that a test starts from none.</summary>
    public static Task RemoveCouncilsAsync(NetworkHost host) => host.Database.ExecuteAsync("delete from support_councils");
}
