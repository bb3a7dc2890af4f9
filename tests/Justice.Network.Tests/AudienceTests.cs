using System.Net;
using Justice.Testing;

namespace Justice.Network.Tests;

/// <summary>An access token opens the services it was asked for (their scopes), and no other.</summary>
public sealed class AudienceTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    [Fact]
    public async Task A_token_asked_for_training_only_is_refused_by_Network()
    {
        var identity = host.Identity.Factory.CreateClient();
        var forTraining = await TokenRequests.PasswordAsync(identity, IdentityHostSettings.AdminUserName, host.Identity.Settings.AdminPassword, "training");
        var forNetwork = await TokenRequests.PasswordAsync(identity, IdentityHostSettings.AdminUserName, host.Identity.Settings.AdminPassword, "network");

        using var refused = await host.CreateClient().WithToken(forTraining.AccessToken).GetAsync("/api/network/regions/BG-05/roster");
        using var accepted = await host.CreateClient().WithToken(forNetwork.AccessToken).GetAsync("/api/network/regions/BG-05/roster");

        Assert.Equal("training", TokenRequests.Payload(forTraining.AccessToken).GetProperty("aud").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task A_token_asked_for_no_service_opens_none()
    {
        var identity = host.Identity.Factory.CreateClient();
        var forNothing = await TokenRequests.PasswordAsync(identity, IdentityHostSettings.AdminUserName, host.Identity.Settings.AdminPassword, "offline_access");

        using var refused = await host.CreateClient().WithToken(forNothing.AccessToken).GetAsync("/api/network/regions/BG-05/roster");

        Assert.False(TokenRequests.Payload(forNothing.AccessToken).TryGetProperty("aud", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
