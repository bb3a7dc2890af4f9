using Justice.Contracts.Events;
using Justice.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Justice.BuildingBlocks.Tests.Messaging;

/// <summary>The inbox and the retry policy against the real broker.</summary>
public sealed class InboxTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TestDatabase _database = new("inbox");
    private readonly ConsumeRecorder _consumed = new();
    private readonly DeliveryLog _attempts = new();
    private TestVirtualHost _virtualHost = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("inbox");
        _host = await LedgerHost.StartAsync("training", _database, _virtualHost,
            bus =>
            {
                bus.AddConsumer<LedgerEntryConsumer>();
                bus.AddConsumer<FailingConsumer>();
            },
            services => services.AddSingleton(_attempts).AddConsumeObserver(_ => _consumed), LedgerHost.ShortRetries);
    }

    public Task DisposeAsync() => TestTeardown.DisposeAsync([_host], _virtualHost, _database);

    [Fact]
    public async Task A_message_delivered_twice_is_applied_once()
    {
        var message = new PractitionerRegistered(Guid.NewGuid(), "judge", "BG-05", DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        var bus = _host.Services.GetRequiredService<IBus>();

        await Task.WhenAll(
            bus.Publish(message, context => context.MessageId = messageId),
            bus.Publish(message, context => context.MessageId = messageId));

        // Each delivery reaches both consumers; the ledger consumer's are the ones counted here.
        Assert.True(await Eventually.Within(Timeout,
            () => _database.ScalarAsync<long>($"select count(*) from inbox_messages where message_id = '{messageId}'"),
            n => n == 1) == 1);
        Assert.True(await _consumed.WaitUntilConsumedAsync(messageId, 2, Timeout));
        Assert.Equal(1L, await _database.ScalarAsync<long>("select count(*) from entries"));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_a_bounded_number_of_times_then_lands_in_the_error_queue()
    {
        var messageId = Guid.NewGuid();
        var bus = _host.Services.GetRequiredService<IBus>();

        await bus.Publish(new PractitionerRegistered(Guid.NewGuid(), "judge", "BG-06", DateTimeOffset.UtcNow),
            context => context.MessageId = messageId);

        var inErrorQueue = await Eventually.Within(Timeout,
            () => _virtualHost.MessagesInQueueAsync("training-failing_error"), n => n >= 1);
        Assert.Equal(1, inErrorQueue);
        Assert.Equal(3, _attempts.Deliveries[messageId]); // the first try and two retries
    }
}
