using System.Net.Http.Json;
using System.Text.Json;
using Justice.Contracts.Events;
using MassTransit;

namespace Justice.Network.Tests;

/// <summary>The roster consumer against the real broker: each practitioner counted once, whatever is redelivered.</summary>
public sealed class RosterTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_registered_practitioner_joins_the_roster_of_their_region()
    {
        var messageId = await PublishAsync(Registered("BG-07", "psychologist"));

        Assert.True(await host.Consumed.WaitUntilConsumedAsync(messageId, 1, Timeout));
        var roster = await RosterAsync("BG-07");
        Assert.Equal(1, roster.GetProperty("total").GetInt32());
        var count = Assert.Single(roster.GetProperty("byProfession").EnumerateArray());
        Assert.Equal("psychologist", count.GetProperty("profession").GetString());
        Assert.Equal(1, count.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Counts_are_grouped_by_profession()
    {
        var ids = new List<Guid>
        {
            await PublishAsync(Registered("BG-08", "judge")),
            await PublishAsync(Registered("BG-08", "judge")),
            await PublishAsync(Registered("BG-08", "police-officer")),
        };

        foreach (var id in ids)
        {
            Assert.True(await host.Consumed.WaitUntilConsumedAsync(id, 1, Timeout));
        }
        var roster = await RosterAsync("BG-08");
        Assert.Equal(3, roster.GetProperty("total").GetInt32());
        var counts = roster.GetProperty("byProfession").EnumerateArray()
            .ToDictionary(c => c.GetProperty("profession").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["judge"] = 2, ["police-officer"] = 1 }, counts);
    }

    [Fact]
    public async Task A_redelivered_message_changes_the_roster_once()
    {
        var registered = Registered("BG-09", "lawyer");
        var messageId = await PublishAsync(registered);
        await PublishAsync(registered, messageId);

        Assert.True(await host.Consumed.WaitUntilConsumedAsync(messageId, 2, Timeout));
        Assert.Equal(1, (await RosterAsync("BG-09")).GetProperty("total").GetInt32());
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from inbox_messages where message_id = '{messageId}'"));
    }

    [Fact]
    public async Task The_same_practitioner_under_two_message_ids_is_counted_once()
    {
        var registered = Registered("BG-10", "paediatrician");
        var first = await PublishAsync(registered);
        var second = await PublishAsync(registered);

        Assert.True(await host.Consumed.WaitUntilConsumedAsync(first, 1, Timeout));
        Assert.True(await host.Consumed.WaitUntilConsumedAsync(second, 1, Timeout));
        Assert.Equal(1, (await RosterAsync("BG-10")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_empty_roster_has_zero_members()
    {
        var roster = await RosterAsync("BG-11");

        Assert.Equal(0, roster.GetProperty("total").GetInt32());
        Assert.Empty(roster.GetProperty("byProfession").EnumerateArray());
    }

    private static PractitionerRegistered Registered(string region, string profession) =>
        new(Guid.NewGuid(), profession, region, DateTimeOffset.UtcNow);

    private async Task<Guid> PublishAsync(PractitionerRegistered message, Guid? messageId = null)
    {
        var id = messageId ?? Guid.NewGuid();
        await host.Training.Publish(message, context => context.MessageId = id);
        return id;
    }

    private async Task<JsonElement> RosterAsync(string region) =>
        await (await host.CreateAdminClientAsync()).GetFromJsonAsync<JsonElement>($"/api/network/regions/{region}/roster");
}
