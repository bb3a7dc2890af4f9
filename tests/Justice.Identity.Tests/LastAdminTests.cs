using System.Net;
using System.Net.Http.Json;
using Justice.Testing;

namespace Justice.Identity.Tests;

/// <summary>The last enabled national admin cannot be demoted, disabled or deleted, not even by two admins at once.</summary>
public sealed class LastAdminTests : IAsyncLifetime
{
    private readonly IdentityHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Two_admins_demoting_each_other_at_once_leave_one_admin()
    {
        var admin = await _host.AdminAsync();
        var adminId = await IdAsync(IdentityHostSettings.AdminUserName);
        var otherId = await _host.CreateUserAsync(admin, "second-admin", "national-admin", null);
        var other = await _host.ClientAsAsync("second-admin", AccountTestSupport.Password);
        var demotion = new { role = "evaluator", regionCode = (string?)null };

        var answers = await Task.WhenAll(
            admin.PutAsJsonAsync($"/api/identity/users/{otherId}/role", demotion),
            other.PutAsJsonAsync($"/api/identity/users/{adminId}/role", demotion));

        // The loser is refused as the last admin (409) or, once the winner's demotion is in, as a demoted user whose
        // token identity no longer accepts (401).
        var refused = Assert.Single(answers, a => a.StatusCode != HttpStatusCode.OK);
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.Unauthorized });
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1L, await _host.Settings.Database.ScalarAsync<long>("""
            select count(*) from "AspNetUsers" u join "AspNetUserRoles" ur on ur.user_id = u.id join "AspNetRoles" r on r.id = ur.role_id
            where r.name = 'national-admin' and u.disabled_at is null
            """));
    }

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_disabled_or_deleted_and_the_refusals_are_audited()
    {
        var admin = await _host.AdminAsync();
        var adminId = await IdAsync(IdentityHostSettings.AdminUserName);

        using var demoted = await admin.PutAsJsonAsync($"/api/identity/users/{adminId}/role", new { role = "evaluator", regionCode = (string?)null });
        using var disabled = await admin.PostAsync($"/api/identity/users/{adminId}/disable", null);
        using var deleted = await admin.DeleteAsync($"/api/identity/users/{adminId}");
        using var stillAdmin = await TokenRequests.RequestPasswordAsync(_host.CreateClient(), IdentityHostSettings.AdminUserName, _host.Settings.AdminPassword);

        await ProblemAssertions.AssertNamesAsync(demoted, HttpStatusCode.Conflict);
        await ProblemAssertions.AssertNamesAsync(disabled, HttpStatusCode.Conflict);
        await ProblemAssertions.AssertNamesAsync(deleted, HttpStatusCode.Conflict);
        Assert.Equal("national-admin", TokenRequests.Payload((await TokenRequests.ReadAsync(stillAdmin)).AccessToken).GetProperty("role").GetString());
        Assert.Equal(1L, await _host.CountAuditAsync("role-change", adminId, "refused:last-admin"));
        Assert.Equal(1L, await _host.CountAuditAsync("user-disable", adminId, "refused:last-admin"));
        Assert.Equal(1L, await _host.CountAuditAsync("user-delete", adminId, "refused:last-admin"));
    }

    [Fact]
    public async Task A_restart_with_the_configured_admin_demoted_starts_cleanly_and_creates_nobody()
    {
        var admin = await _host.AdminAsync();
        var adminId = await IdAsync(IdentityHostSettings.AdminUserName);
        await _host.CreateUserAsync(admin, "successor-admin", "national-admin", null);
        var successor = await _host.ClientAsAsync("successor-admin", AccountTestSupport.Password);
        (await successor.PutAsJsonAsync($"/api/identity/users/{adminId}/role", new { role = "evaluator", regionCode = (string?)null })).EnsureSuccessStatusCode();
        (await successor.PostAsync($"/api/identity/users/{await IdAsync("successor-admin")}/disable", null)).Dispose(); // refused: the last one

        await using var restarted = new ServiceFactory<IdentityProgram>(_host.Settings.Values);
        using var health = await restarted.CreateClient().GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(1L, await _host.Settings.Database.ScalarAsync<long>($"select count(*) from \"AspNetUsers\" where user_name = '{IdentityHostSettings.AdminUserName}'"));
        Assert.Equal("evaluator", await _host.Settings.Database.ScalarAsync<string>($"""
            select r.name from "AspNetUserRoles" ur join "AspNetRoles" r on r.id = ur.role_id where ur.user_id = '{adminId}'
            """));
    }

    [Fact]
    public async Task A_restart_with_no_enabled_admin_and_the_configured_name_taken_starts_with_a_warning()
    {
        var adminId = await IdAsync(IdentityHostSettings.AdminUserName);
        await _host.Settings.Database.ExecuteAsync($"update \"AspNetUsers\" set disabled_at = now() where id = '{adminId}'");

        await using var restarted = new ServiceFactory<IdentityProgram>(_host.Settings.Values);
        using var health = await restarted.CreateClient().GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(restarted.Logs.Lines, line => line.Contains(adminId, StringComparison.Ordinal) && line.Contains("left as it is", StringComparison.Ordinal));
        Assert.Equal(1L, await _host.Settings.Database.ScalarAsync<long>($"select count(*) from \"AspNetUsers\" where user_name = '{IdentityHostSettings.AdminUserName}'"));
    }

    private Task<string> IdAsync(string userName) =>
        _host.Settings.Database.ScalarAsync<string>($"select id from \"AspNetUsers\" where user_name = '{userName}'");
}
