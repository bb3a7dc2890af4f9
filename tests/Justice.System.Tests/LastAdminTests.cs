using System.Net;
using Aspire.Hosting.ApplicationModel;
using Justice.Testing;

namespace Justice.SystemTests;

/// <summary>
/// Identity restarts cleanly with its configured admin present (it once failed to start when that admin existed). That
/// the last national admin cannot be demoted, disabled or deleted is proven in Identity's own tests: here other tests
/// make national admins of their own, so the system's admin is never the last one.
/// </summary>
[Collection(WholeSystemCollection.Name)]
public sealed class LastAdminTests(WholeSystem system)
{
    [Fact]
    public async Task Identity_restarts_cleanly_with_the_configured_admin_present()
    {
        var restarted = await system.App.ResourceCommands.ExecuteCommandAsync("identity", KnownResourceCommands.RestartCommand);
        var signsIn = await Eventually.Holds(TimeSpan.FromSeconds(120), async () =>
        {
            using var token = await TokenRequests.RequestPasswordAsync(system.Gateway, "admin", system.AdminPassword);
            return token.StatusCode == HttpStatusCode.OK;
        });

        Assert.True(restarted.Success, restarted.Message);
        Assert.True(signsIn, "The admin could not sign in within 2 minutes of identity's restart");
        var claims = TokenRequests.Payload((await TokenRequests.PasswordAsync(system.Gateway, "admin", system.AdminPassword)).AccessToken);
        Assert.Equal("national-admin", claims.GetProperty("role").GetString());
    }
}
