using Justice.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Justice.BuildingBlocks.Tests.Messaging;

/// <summary>
/// A fresh deployment in the worst order: the publisher starts alone on a virtual host where no queue exists yet,
/// publishes, and only then does the consumer start and declare its queues.
/// </summary>
public sealed class FreshDeploymentTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private const int Events = 20;
    private readonly TestDatabase _publisherDatabase = new("publisher");
    private readonly TestDatabase _consumerDatabase = new("consumer");
    private readonly ConsumeRecorder _consumed = new();
    private readonly List<IHost> _hosts = [];
    private TestVirtualHost _virtualHost = null!;

    public async Task InitializeAsync() => _virtualHost = await TestVirtualHost.CreateAsync("fresh");

    public Task DisposeAsync() => TestTeardown.DisposeAsync(_hosts, _virtualHost, _publisherDatabase, _consumerDatabase);

    [Fact]
    public async Task Events_published_before_the_consumer_ever_started_all_reach_it_exactly_once()
    {
        var publisher = await StartAsync(LedgerHost.StartAsync("training", _publisherDatabase, _virtualHost,
            settings: new Dictionary<string, string?> { ["Outbox:UnroutableMaxBackoff"] = "00:00:01" }));
        var ids = new List<Guid>();
        for (var i = 0; i < Events; i++)
        {
            ids.AddRange(await LedgerOutbox.SaveAsync(publisher, LedgerOutbox.Registered()));
        }

        // Each was offered to the broker and came back: confirmed but dropped, it would now be marked dispatched.
        Assert.Equal(Events, await Eventually.Within(Timeout, () => _publisherDatabase.ScalarAsync<long>(
            "select count(*) from outbox_messages where dispatched_at is null and attempts >= 1 and last_error like 'Unroutable:%'"),
            n => n == Events));

        // One consumer of the event: a message routed to one queue is not returned, so a second consumer of the
        // same event whose queue is bound a moment later would miss what was published in between.
        await StartAsync(LedgerHost.StartAsync("network", _consumerDatabase, _virtualHost,
            bus => bus.AddConsumer<LedgerEntryConsumer>().Endpoint(endpoint =>
            {
                // In queue order, one at a time (see RecordingConsumerDefinition).
                endpoint.PrefetchCount = 1;
                endpoint.ConcurrentMessageLimit = 1;
            }),
            services => services.AddConsumeObserver(_ => _consumed), publishes: false));

        Assert.Equal(0L, await Eventually.Within(Timeout,
            () => _publisherDatabase.ScalarAsync<long>("select count(*) from outbox_messages where dispatched_at is null"),
            n => n == 0));
        // Published after every row was confirmed, so queued behind them and any duplicate of theirs.
        var marker = (await LedgerOutbox.SaveAsync(publisher, LedgerOutbox.Registered()))[0];
        Assert.True(await _consumed.WaitUntilConsumedAsync(marker, 1, Timeout));
        Assert.All(ids.Append(marker), id => Assert.Equal(1, _consumed.Consumed(id)));
        Assert.Equal(Events + 1L, await _consumerDatabase.ScalarAsync<long>("select count(*) from inbox_messages"));
        Assert.Equal(Events + 1L, await _consumerDatabase.ScalarAsync<long>("select count(*) from entries"));
    }

    private async Task<IHost> StartAsync(Task<IHost> starting)
    {
        var host = await starting;
        _hosts.Add(host);
        return host;
    }
}
