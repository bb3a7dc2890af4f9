using System.Diagnostics.Metrics;
using Justice.Contracts.Events;
using Justice.Messaging.Publishers;
using Justice.Testing;
using MassTransit;

namespace Justice.Network.Tests;

/// <summary>
/// Forged Training events against the real broker with the deployment's users and permissions: the broker refuses
/// what another user sends to Training's exchanges, and Network's consumers refuse what Training's user did not send.
/// Nothing forged reaches the roster.
/// </summary>
public sealed class BrokerWallTests(NetworkHost host) : IClassFixture<NetworkHost>
{
    private const ushort AccessRefused = 403;
    private const ushort PreconditionFailed = 406;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Networks_own_user_cannot_publish_Trainings_events()
    {
        var network = host.VirtualHost.AmqpUriFor("network");
        var trained = Trained(Guid.NewGuid(), "BG-12");
        var registered = new PractitionerRegistered(Guid.NewGuid(), "judge", "BG-12", DateTimeOffset.UtcNow);

        Assert.Equal(AccessRefused, await RawEventPublisher.TryPublishAsync(network, trained, Guid.NewGuid(), "network", "training"));
        Assert.Equal(AccessRefused, await RawEventPublisher.TryPublishAsync(network, registered, Guid.NewGuid(), "network", "training"));
        Assert.Equal(AccessRefused, await RawEventPublisher.TryPublishAsync(network, trained, Guid.NewGuid(), "training", "training"));
        // Network may write its own queue's exchange, but not claim Training's user there: RabbitMQ checks user_id
        // against the connection's user. (Under its own user_id the consumer refuses it: see below.)
        Assert.Equal(PreconditionFailed, await RawEventPublisher.TryPublishAsync(network, trained, Guid.NewGuid(), "training", "training",
            exchange: "network-practitioner-trained"));

        await AssertRosterUnchangedAsync(trained.PractitionerId, registered.PractitionerId);
    }

    [Fact]
    public async Task Guest_cannot_connect()
    {
        var guest = new UriBuilder(host.VirtualHost.AmqpUriFor("network")) { UserName = "guest", Password = "guest" }.Uri;

        Assert.False(await RawEventPublisher.CanConnectAsync(guest));
        Assert.True(await RawEventPublisher.CanConnectAsync(host.VirtualHost.AmqpUriFor("network")));
    }

    [Theory]
    [InlineData("admin", null)]
    [InlineData("network", "network")]
    public async Task A_forged_publisher_header_without_Trainings_user_id_is_refused_by_the_consumer(string sender, string? userId)
    {
        using var refusals = new RefusalCounter();
        var practitioner = Guid.NewGuid();
        var registeredId = Guid.NewGuid();
        await host.Training.Publish(new PractitionerRegistered(practitioner, "judge", "BG-13", DateTimeOffset.UtcNow),
            context => context.MessageId = registeredId);
        Assert.True(await host.Consumed.WaitUntilConsumedAsync(registeredId, 1, Timeout));

        // The harness's administrator may write Training's exchange, Network its own queue's exchange; neither can
        // put Training's user in user_id.
        var connection = sender == "admin" ? host.VirtualHost.AdminAmqpUri : host.VirtualHost.AmqpUriFor(sender);
        var exchange = sender == "admin" ? null : "network-practitioner-trained";
        var errorsBefore = await host.VirtualHost.MessagesInQueueAsync("network-practitioner-trained_error");
        var forgedId = Guid.NewGuid();
        Assert.Null(await RawEventPublisher.TryPublishAsync(connection, Trained(practitioner, "BG-13"),
            forgedId, userId, publisherHeader: "training", exchange));

        Assert.Equal(errorsBefore + 1, await Eventually.Within(Timeout,
            () => host.VirtualHost.MessagesInQueueAsync("network-practitioner-trained_error"), n => n > errorsBefore));
        Assert.Equal(1, refusals.Of(nameof(PractitionerTrained)));
        Assert.Contains(host.Factory.Logs.Lines, line => line.Contains($"Refused PractitionerTrained message {forgedId}", StringComparison.Ordinal));
        Assert.Equal(0L, await host.Database.ScalarAsync<long>(
            $"select count(*) from roster_members where practitioner_id = '{practitioner}' and trained_at is not null"));
    }

    [Fact]
    public async Task The_same_raw_event_from_Trainings_user_is_applied()
    {
        // The control for the refusals above: the envelope they send is one Network applies when Training sends it.
        var practitioner = Guid.NewGuid();
        var messageId = Guid.NewGuid();

        Assert.Null(await RawEventPublisher.TryPublishAsync(host.VirtualHost.AmqpUriFor("training"), Trained(practitioner, "BG-14"),
            messageId, userId: "training", publisherHeader: "training"));

        Assert.True(await host.Consumed.WaitUntilConsumedAsync(messageId, 1, Timeout));
        Assert.Equal(1L, await host.Database.ScalarAsync<long>(
            $"select count(*) from roster_members where practitioner_id = '{practitioner}' and trained_at is not null"));
    }

    [Fact]
    public async Task A_genuine_event_that_keeps_failing_still_reaches_the_error_queue()
    {
        // Moved by Network's user, so without Training's user_id, which RabbitMQ would refuse on Network's connection.
        var errorsBefore = await host.VirtualHost.MessagesInQueueAsync("network-practitioner-registered_error");
        await host.Training.Publish(new PractitionerRegistered(Guid.NewGuid(), "judge", "BG-99", DateTimeOffset.UtcNow));

        Assert.Equal(errorsBefore + 1, await Eventually.Within(TimeSpan.FromSeconds(30),
            () => host.VirtualHost.MessagesInQueueAsync("network-practitioner-registered_error"), n => n > errorsBefore));
    }

    private static PractitionerTrained Trained(Guid practitioner, string region) =>
        new(practitioner, "judge", region, Guid.NewGuid(), 1, new Dictionary<string, decimal>(), DateTimeOffset.UtcNow);

    /// <summary>Once a genuine event sent after them was applied, anything forged before it would have been too.</summary>
    private async Task AssertRosterUnchangedAsync(params Guid[] practitioners)
    {
        var marker = Guid.NewGuid();
        await host.Training.Publish(new PractitionerRegistered(Guid.NewGuid(), "judge", "BG-12", DateTimeOffset.UtcNow),
            context => context.MessageId = marker);
        Assert.True(await host.Consumed.WaitUntilConsumedAsync(marker, 1, Timeout));
        foreach (var practitioner in practitioners)
        {
            Assert.Equal(0L, await host.Database.ScalarAsync<long>(
                $"select count(*) from roster_members where practitioner_id = '{practitioner}'"));
        }
    }

    /// <summary>The refusals the <c>Justice.Messaging</c> meter counts while it listens, by event type.</summary>
    private sealed class RefusalCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, int> _refused = [];

        public RefusalCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument is { Meter.Name: MessagingMetrics.MeterName, Name: MessagingMetrics.RefusedInstrument })
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag is { Key: "event.type", Value: string type })
                    {
                        lock (_refused)
                        {
                            _refused[type] = _refused.GetValueOrDefault(type) + (int)value;
                        }
                    }
                }
            });
            _listener.Start();
        }

        public int Of(string eventType)
        {
            lock (_refused)
            {
                return _refused.GetValueOrDefault(eventType);
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
