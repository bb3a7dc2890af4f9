using System.Net;
using Justice.Identity.Accounts;
using Justice.Security;
using Justice.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Justice.Training.Tests;

/// <summary>Training and Network with Training's clock in the test's hand, so the revocation poll runs when it says.</summary>
public sealed class RevocationClockHost : TrainingHost
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureTraining(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

/// <summary>A user's access tokens stop working at Training within one revocation poll of their security stamp changing.</summary>
public sealed class AccessRevocationTests(RevocationClockHost host) : IClassFixture<RevocationClockHost>
{
    [Fact]
    public async Task A_token_that_was_accepted_is_refused_within_one_poll_once_the_users_stamp_changes()
    {
        var token = await host.Identity.UserTokenAsync(Roles.NationalAdmin, null);
        var client = host.Training.CreateClient().WithToken(token);
        using var before = await client.GetAsync("/api/training/practitioners");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await using (var scope = host.Identity.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<JusticeUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(Jwt.Subject(token)))!);
        }

        // Each probe lets one poll interval pass on Training's clock; the real time it may take is the poll's own.
        var status = await Eventually.Within(TimeSpan.FromSeconds(30), async () =>
        {
            host.Clock.Advance(AccessRevocationPoller.Interval);
            using var after = await client.GetAsync("/api/training/practitioners");
            return after.StatusCode;
        }, code => code == HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Another_users_token_stays_good_and_a_new_token_of_the_revoked_user_is_accepted()
    {
        var revokedToken = await host.Identity.UserTokenAsync(Roles.NationalAdmin, null);
        var otherToken = await host.Identity.UserTokenAsync(Roles.NationalAdmin, null);
        await using (var scope = host.Identity.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<JusticeUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(Jwt.Subject(revokedToken)))!);
        }
        await Eventually.Within(TimeSpan.FromSeconds(30), async () =>
        {
            host.Clock.Advance(AccessRevocationPoller.Interval);
            using var probe = await host.Training.CreateClient().WithToken(revokedToken).GetAsync("/api/training/practitioners");
            return probe.StatusCode;
        }, code => code == HttpStatusCode.Unauthorized);

        // At once, whatever the second: the token says when it was issued to the millisecond.
        var userName = await UserNameAsync(Jwt.Subject(revokedToken));
        var newToken = await host.Identity.TokenAsync(userName, IdentityServer<Justice.Identity.IdentityProgram>.Password);
        using var other = await host.Training.CreateClient().WithToken(otherToken).GetAsync("/api/training/practitioners");
        using var renewed = await host.Training.CreateClient().WithToken(newToken).GetAsync("/api/training/practitioners");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    private async Task<string> UserNameAsync(string id)
    {
        await using var scope = host.Identity.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<JusticeUser>>().FindByIdAsync(id))!.UserName!;
    }
}
