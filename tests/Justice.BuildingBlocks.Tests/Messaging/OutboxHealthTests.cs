using Justice.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Justice.BuildingBlocks.Tests.Messaging;

/// <summary>The outbox backlog as health reports it, on the dispatcher's clock, against real PostgreSQL.</summary>
public sealed class OutboxHealthTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new("outboxhealth");
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    private TestVirtualHost _virtualHost = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("outboxhealth");
        _host = await LedgerHost.StartAsync("training", _database, _virtualHost,
            configure: services => services.AddSingleton<TimeProvider>(_clock));
    }

    public Task DisposeAsync() => TestTeardown.DisposeAsync([_host], _virtualHost, _database);

    [Fact]
    public async Task The_backlog_is_healthy_when_empty_then_degraded_then_unhealthy_as_the_oldest_event_waits()
    {
        Assert.Equal(HealthStatus.Healthy, (await BacklogAsync()).Status);

        // Waiting for a broker that is away: not due before the clock passes an hour, so the dispatcher leaves it.
        await InsertPendingAsync(createdSecondsAgo: 0, lastError: "BrokerUnreachableException: none of the endpoints were reachable");
        Assert.Equal(HealthStatus.Healthy, (await BacklogAsync()).Status);

        _clock.Advance(TimeSpan.FromSeconds(11));
        var degraded = await BacklogAsync();
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal(1, degraded.Data["pending"]);
        Assert.Equal(11.0, degraded.Data["oldestWaitSeconds"]);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HealthStatus.Unhealthy, (await BacklogAsync()).Status);
    }

    [Fact]
    public async Task Events_that_no_service_consumes_yet_are_not_a_backlog()
    {
        await InsertPendingAsync(createdSecondsAgo: 3600, lastError: "Unroutable: returned by the broker (312 NO_ROUTE)");

        var report = await BacklogAsync();

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(0, report.Data["pending"]);
    }

    [Fact]
    public async Task Before_the_migrations_have_made_the_outbox_the_backlog_is_unhealthy_without_an_error()
    {
        await _database.ExecuteAsync("alter table outbox_messages rename to outbox_messages_to_come");

        var report = await BacklogAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Null(report.Exception);
        Assert.Contains("migrations", report.Description, StringComparison.Ordinal);
    }

    private async Task<HealthReportEntry> BacklogAsync()
    {
        var report = await _host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(check => check.Name == "outbox-backlog");
        return report.Entries["outbox-backlog"];
    }

    private Task InsertPendingAsync(int createdSecondsAgo, string lastError)
    {
        var now = _clock.GetUtcNow();
        return _database.ExecuteAsync($"""
            insert into outbox_messages (id, type, payload, created_at, next_attempt_at, attempts, last_error)
            values ('{Guid.NewGuid()}', 'PractitionerRegistered', '{"{}"}', '{now.AddSeconds(-createdSecondsAgo):O}',
                    '{now.AddHours(1):O}', 1, '{lastError}')
            """);
    }
}
