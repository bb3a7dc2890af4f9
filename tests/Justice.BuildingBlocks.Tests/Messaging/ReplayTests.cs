using Justice.Contracts.Events;
using Justice.Messaging;
using Justice.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Justice.BuildingBlocks.Tests.Messaging;

/// <summary>
/// A consumer that started after the events were published asks for them again: the publisher sends every dispatched
/// event again with its original id, spread out at its replay rate, and a consumer that had them applies none twice.
/// </summary>
public sealed class ReplayTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private const int Events = 10;
    private readonly TestDatabase _publisherDatabase = new("replay_publisher");
    private readonly TestDatabase _earlyDatabase = new("replay_early");
    private readonly TestDatabase _lateDatabase = new("replay_late");
    private readonly ConsumeRecorder _early = new();
    private readonly ConsumeRecorder _publisher = new();
    private readonly List<IHost> _hosts = [];
    private TestVirtualHost _virtualHost = null!;

    public async Task InitializeAsync() => _virtualHost = await TestVirtualHost.CreateAsync("replay");

    public Task DisposeAsync() => TestTeardown.DisposeAsync(_hosts, _virtualHost, _publisherDatabase, _earlyDatabase, _lateDatabase);

    [Fact]
    public async Task A_late_consumer_gets_every_past_event_and_an_early_one_applies_none_twice()
    {
        var publisher = await StartAsync(LedgerHost.StartAsync("training", _publisherDatabase, _virtualHost,
            bus => bus.AddEventReplay<LedgerDbContext>("training"), services => services.AddConsumeObserver(_ => _publisher),
            new Dictionary<string, string?> { ["Outbox:ReplayRate"] = "4" }));
        await StartAsync(LedgerHost.StartAsync("network", _earlyDatabase, _virtualHost, bus => bus.AddConsumer<LedgerEntryConsumer>(),
            services => services.AddConsumeObserver(_ => _early), publishes: false));
        var ids = new List<Guid>();
        for (var i = 0; i < Events; i++)
        {
            ids.AddRange(await LedgerOutbox.SaveAsync(publisher, LedgerOutbox.Registered()));
        }
        foreach (var id in ids)
        {
            Assert.True(await _early.WaitUntilConsumedAsync(id, 1, Timeout));
        }
        await StartAsync(LedgerHost.StartAsync("assessment", _lateDatabase, _virtualHost, bus => bus.AddConsumer<LedgerEntryConsumer>(),
            publishes: false));

        var request = Guid.NewGuid();
        var requester = await StartAsync(PublisherHost.StartAsync("monitoring", _virtualHost.AmqpUriFor("monitoring")));
        await requester.Services.GetRequiredService<IBus>().Publish(
            new EventReplayRequested(Guid.NewGuid(), "monitoring", DateTimeOffset.UtcNow), context => context.MessageId = request);
        Assert.True(await _publisher.WaitUntilConsumedAsync(request, 1, Timeout));

        // Spread at four a second, in the order they were written: the last is due about 2.25 s after the first.
        var first = await LedgerOutbox.RowAsync(publisher, ids[0]);
        var last = await LedgerOutbox.RowAsync(publisher, ids[^1]);
        Assert.InRange((last.NextAttemptAt - first.NextAttemptAt).TotalSeconds, 2.2, 2.3);
        Assert.Equal(Events, await Eventually.Within(Timeout,
            () => _lateDatabase.ScalarAsync<long>("select count(*) from entries"), n => n >= Events));
        foreach (var id in ids)
        {
            Assert.True(await _early.WaitUntilConsumedAsync(id, 2, Timeout));
        }
        Assert.Equal(Events, await _earlyDatabase.ScalarAsync<long>("select count(*) from entries"));
        Assert.Equal(0L, await _publisherDatabase.ScalarAsync<long>("select count(*) from outbox_messages where dispatched_at is null"));
    }

    private async Task<IHost> StartAsync(Task<IHost> starting)
    {
        var host = await starting;
        _hosts.Add(host);
        return host;
    }
}
