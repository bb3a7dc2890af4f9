extern alias MonitoringService;

using System.Net;
using Justice.Contracts.Events;
using Justice.Identity;
using Justice.Messaging;
using Justice.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MonitoringService::Justice.Monitoring;

namespace Justice.Monitoring.Tests.ReadModel;

/// <summary>
/// A monitoring service started after events were published, on an empty database: it asks for the past events, the
/// publisher sends them again with their ids, and each counts once, also when a live copy arrives too. A restart on
/// the filled database does not ask again; a national admin may ask.
/// </summary>
public sealed class CatchUpTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TestDatabase _database = new("monitoring_catchup");
    private readonly PastEvents _past = new();
    private TestVirtualHost _virtualHost = null!;
    private IHost _training = null!;

    public async Task InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("catchup");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{MessagingExtensions.EventBusConnectionName}"] = _virtualHost.AmqpUriFor("training").ToString(),
        });
        builder.Services.AddSingleton(_past);
        builder.AddEventBus("training", bus => bus.AddConsumer<ReplayingTraining>());
        _training = builder.Build();
        await _training.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _training.StopAsync();
        _training.Dispose();
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_late_service_counts_the_past_once_asks_only_once_and_an_admin_may_ask_again()
    {
        var registered = Enumerable.Range(0, 3)
            .Select(_ => (Event: new PractitionerRegistered(Guid.NewGuid(), "judge", "BG-03", DateTimeOffset.UtcNow.AddDays(-40)), Id: Guid.NewGuid()))
            .ToList();
        _past.Events.AddRange(registered);

        await using (var monitoring = Start())
        {
            _ = monitoring.Server;
            // A live copy of one of them as well: the same message, delivered twice.
            await _training.Services.GetRequiredService<IBus>().Publish(registered[0].Event, context => context.MessageId = registered[0].Id);

            Assert.Equal(3L, await Eventually.Within(Timeout, () => _database.ScalarAsync<long>(
                "select coalesce(sum(value), 0)::bigint from monthly_counts where measure = 'practitioners-registered'"), n => n >= 3));
            Assert.Equal(3L, await _database.ScalarAsync<long>("select count(*) from counted_subjects"));
            Assert.Equal(3L, await _database.ScalarAsync<long>("select count(*) from inbox_messages"));
        }

        await using var restarted = Start();
        _ = restarted.Server;
        Assert.Equal(1L, await Requests());

        var identity = SharedIdentityServer.Of<IdentityProgram>();
        using var admin = restarted.CreateClient().WithToken(await identity.AdminTokenAsync());
        using var evaluator = restarted.CreateClient().WithToken(await identity.UserTokenAsync("evaluator", null));
        using var asked = await admin.PostAsync("/api/monitoring/replay", null);
        using var refused = await evaluator.PostAsync("/api/monitoring/replay", null);
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(2L, await Requests());
        Assert.Equal(3L, await _database.ScalarAsync<long>(
            "select coalesce(sum(value), 0)::bigint from monthly_counts where measure = 'practitioners-registered'"));
    }

    private Task<long> Requests() =>
        _database.ScalarAsync<long>("select count(*) from outbox_messages where type = 'EventReplayRequested'");

    private ServiceFactory<MonitoringProgram> Start()
    {
        var identity = SharedIdentityServer.Of<IdentityProgram>();
        return new ServiceFactory<MonitoringProgram>(new Dictionary<string, string?>(identity.ServiceSettings)
        {
            ["ConnectionStrings:monitoringdb"] = _database.ConnectionString,
            ["ConnectionStrings:eventbus"] = _virtualHost.AmqpUriFor("monitoring").ToString(),
            ["Outbox:PollInterval"] = "00:00:00.100",
        }, identity.RouteKeyRequests);
    }

    /// <summary>What Training published before Monitoring existed, with the message ids its outbox gave them.</summary>
    public sealed class PastEvents
    {
        public List<(PractitionerRegistered Event, Guid Id)> Events { get; } = [];
    }

    /// <summary>Training's side of a replay, as its outbox does it: the past events again, with their ids.</summary>
    public sealed class ReplayingTraining(PastEvents past) : IConsumer<EventReplayRequested>
    {
        public async Task Consume(ConsumeContext<EventReplayRequested> context)
        {
            foreach (var (message, id) in past.Events)
            {
                await context.Publish(message, publish => publish.MessageId = id);
            }
        }
    }
}
