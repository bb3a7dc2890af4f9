using System.Net;
using System.Net.Http.Json;
using Justice.Identity.Accounts;
using Justice.Security;
using Justice.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Identity.Tests;

/// <summary>
/// Whatever changes a user's security stamp, or deletes the user, puts the user on the list of revoked access the
/// services read; what leaves the stamp alone does not.
/// </summary>
public sealed class AccessRevocationTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task A_new_security_stamp_revokes_the_users_access()
    {
        var user = await CreateUserAsync();

        await WithUsersAsync(async users => await users.UpdateSecurityStampAsync((await users.FindByIdAsync(user))!));

        Assert.Contains(user, await RevokedAsync());
    }

    [Fact]
    public async Task A_deleted_user_is_revoked()
    {
        var user = await CreateUserAsync();

        await WithUsersAsync(async users => await users.DeleteAsync((await users.FindByIdAsync(user))!));

        Assert.Contains(user, await RevokedAsync());
    }

    [Fact]
    public async Task A_role_change_revokes_the_users_access()
    {
        var user = await CreateUserAsync();
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);

        using var changed = await admin.PutAsJsonAsync($"/api/identity/users/{user}/role", new { role = "trainer", regionCode = "BG-05" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains(user, await RevokedAsync());
    }

    [Fact]
    public async Task Creating_a_user_signing_in_and_a_failed_password_revoke_nothing()
    {
        var user = await CreateUserAsync();
        var userName = await WithUsersAsync(async users => (await users.FindByIdAsync(user))!.UserName!);

        await TokenRequests.PasswordAsync(host.CreateClient(), userName, Password);
        using var wrong = await TokenRequests.RequestPasswordAsync(host.CreateClient(), userName, "not the password at all");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.DoesNotContain(user, await RevokedAsync());
    }

    [Fact]
    public async Task Signing_out_revokes_the_refresh_token_and_the_access_tokens_and_is_audited()
    {
        var user = await CreateUserAsync();
        var userName = await WithUsersAsync(async users => (await users.FindByIdAsync(user))!.UserName!);
        var tokens = await TokenRequests.PasswordAsync(host.CreateClient(), userName, Password);

        using var signedOut = await host.CreateClient().WithToken(tokens.AccessToken).PostAsync("/api/identity/me/sign-out", null);
        using var refreshed = await TokenRequests.RequestRefreshAsync(host.CreateClient(), tokens.RefreshToken!);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.StatusCode);
        Assert.Contains(user, await RevokedAsync());
        Assert.Equal(1L, await host.Settings.Database.ScalarAsync<long>(
            $"select count(*) from audit.security_audit where action = 'sign-out' and subject = '{user}' and outcome = 'succeeded'"));
    }

    [Fact]
    public async Task A_refresh_token_revoked_at_the_revocation_endpoint_no_longer_refreshes()
    {
        var user = await CreateUserAsync();
        var userName = await WithUsersAsync(async users => (await users.FindByIdAsync(user))!.UserName!);
        var tokens = await TokenRequests.PasswordAsync(host.CreateClient(), userName, Password);
        var audited = await RevokeAuditsAsync();

        using var revoked = await host.CreateClient().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = TokenRequests.CliClientId,
            ["token"] = tokens.RefreshToken!,
            ["token_type_hint"] = "refresh_token",
        }));
        using var refreshed = await TokenRequests.RequestRefreshAsync(host.CreateClient(), tokens.RefreshToken!);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.StatusCode);
        Assert.True(await RevokeAuditsAsync() > audited);
    }

    [Theory]
    [InlineData("role")]
    [InlineData("disable")]
    public async Task Identity_refuses_a_demoted_or_disabled_users_access_token_at_once(string change)
    {
        var user = await CreateUserAsync("regional-coordinator");
        var userName = await WithUsersAsync(async users => (await users.FindByIdAsync(user))!.UserName!);
        var coordinator = host.CreateClient().WithToken((await TokenRequests.PasswordAsync(host.CreateClient(), userName, Password)).AccessToken);
        using var before = await coordinator.GetAsync("/api/identity/users");
        var admin = await host.ClientAsAsync(IdentityHostSettings.AdminUserName, host.Settings.AdminPassword);

        using var changed = change == "role"
            ? await admin.PutAsJsonAsync($"/api/identity/users/{user}/role", new { role = "practitioner", regionCode = "BG-05" })
            : await admin.PostAsync($"/api/identity/users/{user}/disable", null);
        using var after = await coordinator.GetAsync("/api/identity/users");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(changed.IsSuccessStatusCode, $"{change}: {changed.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
    }

    private Task<long> RevokeAuditsAsync() => host.Settings.Database.ScalarAsync<long>(
        "select count(*) from audit.security_audit where action = 'token-revoke' and outcome = 'succeeded'");

    private async Task<List<string>> RevokedAsync() =>
        [.. (await host.CreateClient().GetFromJsonAsync<RevokedAccess[]>(AccessRevocations.Path))!.Select(entry => entry.UserId)];

    private async Task<string> CreateUserAsync(string role = "practitioner")
    {
        var userName = $"revocation-{Guid.NewGuid():N}"[..30];
        return await WithUsersAsync(async users =>
        {
            var user = new JusticeUser { UserName = userName, Institution = "Институция", RegionCode = "BG-05", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return user.Id;
        });
    }

    private async Task<T> WithUsersAsync<T>(Func<UserManager<JusticeUser>, Task<T>> action)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<JusticeUser>>());
    }
}
