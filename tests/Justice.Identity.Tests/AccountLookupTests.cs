using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Testing;

namespace Justice.Identity.Tests;

/// <summary>
/// The internal account lookup other services use to check an account id a request carries: role and region only,
/// to national admins and services for any account, to a coordinator for their own region's accounts only.
/// </summary>
public sealed class AccountLookupTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task A_coordinator_learns_the_role_and_region_of_their_own_regions_accounts_only()
    {
        var own = await UserAsync("lookup-trainer-bg03", "trainer", "BG-03");
        var elsewhere = await UserAsync("lookup-trainer-bg04", "trainer", "BG-04");
        await UserAsync("lookup-coordinator-bg03", "regional-coordinator", "BG-03");
        var coordinator = await host.ClientAsAsync("lookup-coordinator-bg03", IdentityServer<IdentityProgram>.Password);

        var found = await coordinator.GetFromJsonAsync<JsonElement>($"/internal/accounts/{own}");
        using var refused = await coordinator.GetAsync($"/internal/accounts/{elsewhere}");
        using var unknown = await coordinator.GetAsync($"/internal/accounts/{Guid.NewGuid()}");

        Assert.Equal(["id", "role", "regionCode"], found.EnumerateObject().Select(p => p.Name));
        Assert.Equal("trainer", found.GetProperty("role").GetString());
        Assert.Equal("BG-03", found.GetProperty("regionCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(1L, await host.Settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'account-lookup' and subject = '{elsewhere}' and outcome = 'refused'"));
    }

    [Fact]
    public async Task National_admins_look_up_any_account_and_practitioners_and_evaluators_none()
    {
        var account = await UserAsync("lookup-practitioner-bg09", "practitioner", "BG-09");
        await UserAsync("lookup-practitioner-bg10", "practitioner", "BG-10");
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);
        // The national dashboard's machine client holds the evaluator role: figures, not people.
        var dashboard = host.CreateClient().WithToken(await host.Server.ClientTokenAsync());
        var practitioner = await host.ClientAsAsync("lookup-practitioner-bg10", IdentityServer<IdentityProgram>.Password);

        using var byAdmin = await admin.GetAsync($"/internal/accounts/{account}");
        using var byDashboard = await dashboard.GetAsync($"/internal/accounts/{account}");
        using var byPractitioner = await practitioner.GetAsync($"/internal/accounts/{account}");
        using var anonymous = await host.CreateClient().GetAsync($"/internal/accounts/{account}");

        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDashboard.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byPractitioner.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task<string> UserAsync(string userName, string role, string region)
    {
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);
        using var created = await admin.PostAsJsonAsync("/api/identity/users",
            new { userName, password = IdentityServer<IdentityProgram>.Password, role, regionCode = region, institution = "Окръжен съд" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await AccountRequests.TakeOverAsync(host.CreateClient(), userName, IdentityServer<IdentityProgram>.Password);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
