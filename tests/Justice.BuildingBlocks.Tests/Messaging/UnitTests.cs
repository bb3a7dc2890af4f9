using Justice.Messaging;
using Justice.Contracts.Events;
using Justice.Messaging.Broker;
using Justice.Messaging.Failures;
using Justice.Messaging.Outbox;
using Microsoft.Extensions.Configuration;

namespace Justice.BuildingBlocks.Tests.Messaging;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(6, 30)]
    [InlineData(40, 30)]
    public void A_receive_endpoint_that_keeps_faulting_after_restarts_waits_longer_each_time_up_to_30_seconds(int restarts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), ReceiveEndpointReconnector.WaitAfter(restarts));

    [Theory]
    [InlineData(1, 250)]
    [InlineData(2, 500)]
    [InlineData(3, 1000)]
    [InlineData(5, 4000)]
    public void Backoff_doubles_with_each_failed_attempt(int attempts, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), OutboxMessage.Backoff(attempts, TimeSpan.FromMinutes(1)));

    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    public void Backoff_never_exceeds_its_maximum(int attempts) =>
        Assert.Equal(TimeSpan.FromSeconds(5), OutboxMessage.Backoff(attempts, TimeSpan.FromSeconds(5)));

    [Fact]
    public void A_failed_row_records_the_error_and_waits_before_its_next_attempt()
    {
        var now = DateTimeOffset.UtcNow;
        var row = new OutboxMessage { Id = Guid.NewGuid(), Type = "PractitionerRegistered", Payload = "{}", CreatedAt = now };

        row.MarkFailed(now, new string('e', 600), TimeSpan.FromSeconds(5));
        row.MarkFailed(now, "Unroutable: no queue bound", TimeSpan.FromSeconds(5));

        Assert.Equal(2, row.Attempts);
        Assert.Equal("Unroutable: no queue bound", row.LastError);
        Assert.Equal(now + TimeSpan.FromMilliseconds(500), row.NextAttemptAt);
        Assert.Null(row.DispatchedAt);
    }

    [Fact]
    public void A_row_the_broker_did_not_take_records_the_error_and_is_due_again_at_once()
    {
        var now = DateTimeOffset.UtcNow;
        var row = new OutboxMessage { Id = Guid.NewGuid(), Type = "PractitionerRegistered", Payload = "{}", CreatedAt = now };

        row.MarkNotTaken(now, "broker unreachable");
        row.MarkNotTaken(now + TimeSpan.FromSeconds(3), new string('e', 600));

        Assert.Equal(2, row.Attempts);
        Assert.Equal(500, row.LastError!.Length);
        Assert.Equal(now + TimeSpan.FromSeconds(3), row.NextAttemptAt);
        Assert.Null(row.DispatchedAt);
    }
}

public sealed class IntegrationEventTypesTests
{
    [Fact]
    public void Events_are_found_by_the_name_the_outbox_stores()
    {
        Assert.Equal("PractitionerRegistered", IntegrationEventTypes.NameOf(typeof(PractitionerRegistered)));
        Assert.Equal(typeof(PractitionerRegistered), IntegrationEventTypes.Find("PractitionerRegistered"));
        Assert.Null(IntegrationEventTypes.Find("NoSuchEvent"));
    }

    [Fact]
    public void Only_contract_events_can_enter_the_outbox() =>
        Assert.Throws<ArgumentException>(() => IntegrationEventTypes.NameOf(typeof(string)));
}

public sealed class MessageRetryOptionsTests
{
    [Fact]
    public void Without_configuration_consumers_retry_after_200_ms_1_s_and_3_s() =>
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)],
            Bind(new Dictionary<string, string?>()).EffectiveIntervals);

    [Fact]
    public void Configured_intervals_replace_the_defaults_rather_than_add_to_them() =>
        Assert.Equal([TimeSpan.FromMilliseconds(50)],
            Bind(new Dictionary<string, string?> { ["Messaging:Retry:Intervals:0"] = "00:00:00.050" }).EffectiveIntervals);

    private static MessageRetryOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new MessageRetryOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(MessageRetryOptions.Section).Bind(options);
        return options;
    }
}
