extern alias NetworkService;

using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetworkService::Justice.Network.Data;
using NetworkService::Justice.Network.Domain.Referrals;

namespace Justice.Network.Tests.Referrals;

/// <summary>Two people answering the same referral at the same moment: one of them wins, the other is told.</summary>
[Collection(ReferralsCollection.Name)]
public sealed class ReferralRaceTests(NetworkHost host)
{
    [Fact]
    public async Task Of_an_acceptance_and_a_rejection_racing_exactly_one_is_done_and_the_other_is_a_409()
    {
        var admin = await host.CreateAdminClientAsync();
        var scene = new ReferralScene(host.Services);
        var @case = await scene.CaseAsync("BG-17");

        for (var round = 0; round < 5; round++)
        {
            var id = await ReferralScene.IssueAsync(admin, @case, DateTimeOffset.UtcNow.AddDays(7));
            var responses = await Task.WhenAll(
                admin.PostAsync($"/api/network/referrals/{id}/accept", null),
                admin.PostAsJsonAsync($"/api/network/referrals/{id}/reject", new { reason = "Нямаме капацитет." }));

            var statuses = responses.Select(r => r.StatusCode).Order().ToList();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
            var winner = responses[0].StatusCode == HttpStatusCode.OK ? "Accepted" : "Rejected";
            Assert.Equal(winner, await host.Database.ScalarAsync<string>($"select state from referrals where id = '{id}'"));
            Assert.All(responses, r => r.Dispose());
        }
    }

    [Fact]
    public async Task A_change_saved_from_a_state_someone_else_has_left_is_refused()
    {
        var admin = await host.CreateAdminClientAsync();
        var id = await ReferralScene.IssueAsync(admin, await new ReferralScene(host.Services).CaseAsync("BG-17"), DateTimeOffset.UtcNow.AddDays(7));
        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var accepting = await firstDb.Referrals.SingleAsync(r => r.Id == id);
        var rejecting = await secondDb.Referrals.SingleAsync(r => r.Id == id);

        Assert.True(accepting.Apply(ReferralAction.Accept, DateTimeOffset.UtcNow, "receiver"));
        Assert.True(rejecting.Apply(ReferralAction.Reject, DateTimeOffset.UtcNow, "other-receiver", "Нямаме капацитет."));
        await firstDb.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
        Assert.Equal("Accepted", await host.Database.ScalarAsync<string>($"select state from referrals where id = '{id}'"));
    }
}
