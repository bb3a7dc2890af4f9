using Justice.Contracts.Events;
using Justice.Messaging.Outbox;
using Justice.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Justice.BuildingBlocks.Tests.Messaging;

/// <summary>
/// Events no queue is bound for, against the real broker: it returns them (mandatory publishing), the rows stay
/// pending with a growing backoff on the dispatcher's clock, and the rows behind them go out.
/// </summary>
public sealed class UnroutableTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly TestDatabase _database = new("unroutable");
    private readonly DeliveryLog _deliveries = new();
    private readonly CollectingLoggerProvider _logs = new();
    // Whole seconds: PostgreSQL keeps microseconds, and the backoffs must compare exactly.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    private TestVirtualHost _virtualHost = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("unroutable");
        _host = await LedgerHost.StartAsync("training", _database, _virtualHost,
            bus => bus.AddConsumer<RecordingConsumer, RecordingConsumerDefinition>(),
            services => services.AddSingleton(_deliveries).AddSingleton<TimeProvider>(_clock).AddSingleton<ILoggerProvider>(_logs),
            new Dictionary<string, string?> { ["Outbox:UnroutableMaxBackoff"] = "00:00:02" });
    }

    public Task DisposeAsync() => TestTeardown.DisposeAsync([_host], _virtualHost, _database);

    [Fact]
    public async Task An_event_nobody_consumes_stays_pending_and_the_events_behind_it_go_out()
    {
        var ids = await SaveOneAfterTheOtherAsync(Unconsumed(), LedgerOutbox.Registered());

        Assert.True(await Eventually.Holds(Timeout, () => Task.FromResult(_deliveries.Deliveries.ContainsKey(ids[1]))));
        var row = await RowAfterAttemptAsync(ids[0], 1);
        Assert.Null(row.DispatchedAt);
        Assert.StartsWith("Unroutable: returned by the broker (312 NO_ROUTE)", row.LastError, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMilliseconds(250), row.NextAttemptAt);
    }

    [Fact]
    public async Task A_returned_event_waits_longer_after_each_return_up_to_the_cap_and_is_logged_once()
    {
        var decisionMakerId = Guid.NewGuid();
        var id = (await LedgerOutbox.SaveAsync(_host, Unconsumed(decisionMakerId)))[0];
        TimeSpan[] waits = [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1),
            TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)];

        for (var attempt = 1; attempt <= waits.Length; attempt++)
        {
            var row = await RowAfterAttemptAsync(id, attempt);
            // Not due again until the clock moves: the dispatcher polls on, but publishes the row no sooner.
            Assert.Equal(attempt, row.Attempts);
            Assert.Equal(_clock.GetUtcNow() + waits[attempt - 1], row.NextAttemptAt);
            _clock.Advance(waits[attempt - 1]);
        }

        await RowAfterAttemptAsync(id, waits.Length + 1);
        var line = Assert.Single(_logs.Lines, l => l.Contains("OutboxDispatcher", StringComparison.Ordinal)
            && l.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.StartsWith("Warning", line, StringComparison.Ordinal);
        Assert.Contains(nameof(DecisionMakerTrained), line, StringComparison.Ordinal);
        Assert.DoesNotContain(decisionMakerId.ToString(), line, StringComparison.Ordinal);
    }

    /// <summary>
    /// Saves <paramref name="first"/> and <paramref name="second"/> in one transaction, so one batch takes both, with
    /// <paramref name="second"/> created a millisecond later, so the batch takes it after <paramref name="first"/>.
    /// </summary>
    private async Task<Guid[]> SaveOneAfterTheOtherAsync(IIntegrationEvent first, IIntegrationEvent second)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        outbox.Add(first);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        outbox.Add(second);
        var ids = db.ChangeTracker.Entries<OutboxMessage>().OrderBy(row => row.Entity.CreatedAt).Select(row => row.Entity.Id).ToArray();
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>The row once the dispatcher has tried it <paramref name="attempts"/> times.</summary>
    private async Task<OutboxMessage> RowAfterAttemptAsync(Guid id, int attempts)
    {
        var row = await Eventually.Within(Timeout, () => LedgerOutbox.RowAsync(_host, id), r => r.Attempts >= attempts);
        Assert.Equal(attempts, row.Attempts);
        return row;
    }

    /// <summary>An event no queue of this test's virtual host is bound for.</summary>
    private static DecisionMakerTrained Unconsumed(Guid? decisionMakerId = null) =>
        new(decisionMakerId ?? Guid.NewGuid(), "vss", Guid.NewGuid(), DateTimeOffset.UtcNow);
}
