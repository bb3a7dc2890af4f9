using System.ComponentModel.DataAnnotations;
using Justice.Contracts.Events;
using Justice.Messaging.Broker;
using Justice.Messaging.Failures;
using Justice.Messaging.Publishers;
using Justice.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;

namespace Justice.BuildingBlocks.Tests.Messaging;

/// <summary>
/// A message its consumer cannot apply, against the real broker with the deployment's users: Training publishes,
/// Network consumes. It lands in the _error queue after the bounded retries (at once when retrying cannot help), is
/// counted, and the operator's requeue moves it back once the fault is fixed, where it is applied exactly once.
/// </summary>
public sealed class FailedMessagesTests : IAsyncLifetime
{
    private const string Queue = "network-flaky";
    private const string ErrorQueueName = Queue + ErrorQueue.Suffix;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly TestDatabase _database = new("failed");
    private readonly Fault _fault = new();
    private readonly DeliveryLog _attempts = new();
    private readonly DeliveryLog _applied = new();
    private TestVirtualHost _virtualHost = null!;
    private IHost _training = null!;
    private IHost _network = null!;
    private MetricCollector<long> _failed = null!;

    public async Task InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("failed");
        _network = await LedgerHost.StartAsync("network", _database, _virtualHost,
            bus => bus.AddConsumer<FlakyConsumer>(),
            services => services.AddSingleton(_fault).AddKeyedSingleton("attempts", _attempts).AddKeyedSingleton("applied", _applied),
            LedgerHost.ShortRetries, publishes: false);
        _training = await LedgerHost.StartAsync("training", _database, _virtualHost, publishes: false);
        _failed = new MetricCollector<long>(_network.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            MessagingMetrics.MeterName, MessagingMetrics.FailedInstrument);
    }

    public async Task DisposeAsync()
    {
        _failed.Dispose();
        await TestTeardown.DisposeAsync([_training, _network], _virtualHost, _database);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_lands_in_the_error_queue_is_counted_and_is_applied_once_when_moved_back()
    {
        _fault.Current = new InvalidOperationException("The register is down.");
        var messageId = await PublishAsync();

        Assert.Equal(1, await ErrorQueueReachesAsync(1));
        Assert.Equal(3, _attempts.Deliveries[messageId]); // the first try and the two retries
        var failed = Assert.Single(_failed.GetMeasurementSnapshot());
        Assert.Equal(1, failed.Value);
        Assert.Equal(Queue, failed.Tags[MessagingMetrics.QueueTag]);
        Assert.Equal(nameof(PractitionerRegistered), failed.Tags[MessagingMetrics.MessageTypeTag]);

        _fault.Current = null;
        using var management = BrokerProvisioner.CreateClient(TestServers.RabbitMqManagement);
        Assert.Equal([Queue], await FailedMessages.QueuesOfAsync(management, _virtualHost.Name, "network"));
        Assert.Empty(await FailedMessages.QueuesOfAsync(management, _virtualHost.Name, "training"));
        Assert.Equal(1, await FailedMessages.RequeueAsync(_virtualHost.AmqpUriFor("network"), Queue));

        Assert.True(await Eventually.Holds(Timeout, () => Task.FromResult(_applied.Deliveries.ContainsKey(messageId))));
        // The management API's counts lag the queues by a few seconds.
        Assert.Equal(0, await Eventually.Within(Timeout, () => _virtualHost.MessagesInQueueAsync(ErrorQueueName), n => n == 0));
        Assert.Equal(0, await Eventually.Within(Timeout, () => _virtualHost.MessagesInQueueAsync(Queue), n => n == 0));
        Assert.Equal(1, _applied.Deliveries[messageId]);
        Assert.Equal(4, _attempts.Deliveries[messageId]);
        Assert.Single(_failed.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task A_message_its_consumer_finds_invalid_goes_to_the_error_queue_without_retries()
    {
        _fault.Current = new ValidationException("This message can never be applied.");
        var messageId = await PublishAsync();

        Assert.Equal(1, await ErrorQueueReachesAsync(1));
        Assert.Equal(1, _attempts.Deliveries[messageId]);
        Assert.Equal(1, Assert.Single(_failed.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task A_forged_event_moved_back_is_refused_again_and_never_consumed()
    {
        // Written by the administrator, who can write Training's exchange but cannot claim Training's user.
        var forgedId = Guid.NewGuid();
        Assert.Null(await RawEventPublisher.TryPublishAsync(_virtualHost.AdminAmqpUri, LedgerOutbox.Registered(), forgedId,
            userId: null, publisherHeader: "training"));
        Assert.Equal(1, await ErrorQueueReachesAsync(1));

        // Moved back under Network's own user_id, but with no sender the broker vouched for: refused again.
        Assert.Equal(1, await FailedMessages.RequeueAsync(_virtualHost.AmqpUriFor("network"), Queue));

        Assert.Equal(2, await Eventually.Within(Timeout, () => Task.FromResult(_failed.GetMeasurementSnapshot().Count), n => n >= 2));
        Assert.Equal(1, await ErrorQueueReachesAsync(1));
        Assert.False(_attempts.Deliveries.ContainsKey(forgedId));
    }

    [Fact]
    public async Task Moving_back_an_empty_error_queue_moves_nothing()
    {
        _fault.Current = new ValidationException("Fails once, to create the error queue.");
        await PublishAsync();
        Assert.Equal(1, await ErrorQueueReachesAsync(1));
        _fault.Current = null;
        Assert.Equal(1, await FailedMessages.RequeueAsync(_virtualHost.AmqpUriFor("network"), Queue));

        Assert.Equal(0, await FailedMessages.RequeueAsync(_virtualHost.AmqpUriFor("network"), Queue));
    }

    private async Task<Guid> PublishAsync()
    {
        var messageId = Guid.NewGuid();
        await _training.Services.GetRequiredService<IBus>().Publish(LedgerOutbox.Registered(), context => context.MessageId = messageId);
        return messageId;
    }

    private Task<int> ErrorQueueReachesAsync(int count) =>
        Eventually.Within(Timeout, () => _virtualHost.MessagesInQueueAsync(ErrorQueueName), n => n >= count);

    /// <summary>What the consumer fails with for now; null once the fault is fixed.</summary>
    public sealed class Fault
    {
        private volatile Exception? _current;

        public Exception? Current
        {
            get => _current;
            set => _current = value;
        }
    }

    /// <summary>Fails with the current <see cref="Fault"/>, if any; records every attempt and every success.</summary>
    public sealed class FlakyConsumer(Fault fault, [FromKeyedServices("attempts")] DeliveryLog attempts,
        [FromKeyedServices("applied")] DeliveryLog applied) : IConsumer<PractitionerRegistered>
    {
        public Task Consume(ConsumeContext<PractitionerRegistered> context)
        {
            attempts.Record(context.MessageId!.Value);
            if (fault.Current is { } exception)
            {
                throw exception;
            }
            applied.Record(context.MessageId!.Value);
            return Task.CompletedTask;
        }
    }
}
