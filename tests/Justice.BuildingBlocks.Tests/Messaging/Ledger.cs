using System.Collections.Concurrent;
using System.Data.Common;
using Justice.Contracts.Events;
using Justice.Messaging;
using Justice.Messaging.Inbox;
using Justice.Messaging.Outbox;
using Justice.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Justice.BuildingBlocks.Tests.Messaging;

/// <summary>A minimal service for the messaging tests: one table of entries, plus the outbox and inbox.</summary>
public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : DbContext(options)
{
    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LedgerEntry>().ToTable("entries").HasKey(e => e.Id);
        modelBuilder.AddOutboxAndInbox();
    }
}

public sealed class LedgerEntry
{
    public required Guid Id { get; init; }
    public required string Region { get; init; }
}

/// <summary>Counts every delivery it gets, duplicates included: what the broker really sent.</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    public IReadOnlyDictionary<Guid, int> Deliveries => _deliveries;

    public void Record(Guid messageId) => _deliveries.AddOrUpdate(messageId, 1, (_, n) => n + 1);
}

public sealed class RecordingConsumer(DeliveryLog log) : IConsumer<PractitionerRegistered>
{
    public Task Consume(ConsumeContext<PractitionerRegistered> context)
    {
        log.Record(context.MessageId!.Value);
        return Task.CompletedTask;
    }
}

/// <summary>
/// One message at a time, in queue order: once a message published after some other has been recorded, that
/// other one (and any duplicate of it) has been recorded too.
/// </summary>
public sealed class RecordingConsumerDefinition : ConsumerDefinition<RecordingConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RecordingConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = 1;
        endpointConfigurator.ConcurrentMessageLimit = 1;
    }
}

/// <summary>Applies each message through the inbox: one ledger entry per message id.</summary>
public sealed class LedgerEntryConsumer(LedgerDbContext db) : InboxConsumer<PractitionerRegistered, LedgerDbContext>(db)
{
    protected override Task ApplyAsync(PractitionerRegistered message, CancellationToken cancellationToken)
    {
        Db.Entries.Add(new LedgerEntry { Id = Guid.NewGuid(), Region = message.RegionCode });
        return Task.CompletedTask;
    }
}

/// <summary>Always fails, to show the bounded retry (<see cref="LedgerHost.ShortRetries"/>) and the _error queue.</summary>
public sealed class FailingConsumer(DeliveryLog attempts) : IConsumer<PractitionerRegistered>
{
    public Task Consume(ConsumeContext<PractitionerRegistered> context)
    {
        attempts.Record(context.MessageId!.Value);
        throw new InvalidOperationException("This consumer always fails.");
    }
}

/// <summary>The text of every command the ledger's DbContexts sent, in order.</summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyCollection<string> Commands => _commands;

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}

public static class LedgerHost
{
    /// <summary>Settings for two quick retries (50 ms each) instead of the services' policy of seconds.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ShortRetries = new Dictionary<string, string?>
    {
        ["Messaging:Retry:Intervals:0"] = "00:00:00.050",
        ["Messaging:Retry:Intervals:1"] = "00:00:00.050",
    };

    /// <summary>
    /// A host of the ledger service over <paramref name="database"/> and <paramref name="virtualHost"/>; with
    /// <paramref name="publishes"/> it runs the outbox and its dispatcher. <paramref name="settings"/> override the
    /// test defaults.
    /// </summary>
    /// <param name="name">The service it plays, whose broker user and permissions it gets: <c>training</c> to
    /// publish Training's events (and consume them: the permissions allow that too), <c>network</c> to consume.</param>
    public static async Task<IHost> StartAsync(string name, TestDatabase database, TestVirtualHost virtualHost,
        Action<IBusRegistrationConfigurator>? addConsumers = null, Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null, bool publishes = true)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventbus"] = virtualHost.AmqpUriFor(name).ToString(),
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Outbox:BatchSize"] = "10",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddDbContext<LedgerDbContext>((services, options) =>
        {
            options.UseNpgsql(database.ConnectionString);
            options.AddInterceptors(services.GetServices<IInterceptor>());
            if (publishes)
            {
                options.UseOutboxSignal(services);
            }
        });
        builder.AddEventBus(name, addConsumers);
        if (publishes)
        {
            builder.AddOutbox<LedgerDbContext>();
        }
        configure?.Invoke(builder.Services);

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Not EnsureCreated: the provisioned database already has a table (the audit log), so it would create none.
            var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Database;
            if (!await ledger.SqlQuery<bool>($"SELECT to_regclass('public.entries') IS NOT NULL AS \"Value\"").SingleAsync())
            {
                await ledger.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
            }
        }
        await host.StartAsync();
        return host;
    }
}

public static class TestTeardown
{
    /// <summary>Stops and disposes the hosts first (they hold connections), then what they stood on, in order.</summary>
    public static async Task DisposeAsync(IEnumerable<IHost> hosts, params IAsyncDisposable[] resources)
    {
        foreach (var host in hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }
        foreach (var resource in resources)
        {
            await resource.DisposeAsync();
        }
    }
}

public static class LedgerOutbox
{
    /// <summary>Saves a ledger entry and <paramref name="events"/> in one transaction; returns the rows' ids in order.</summary>
    public static async Task<IReadOnlyList<Guid>> SaveAsync(IHost host, params IIntegrationEvent[] events)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        db.Entries.Add(new LedgerEntry { Id = Guid.NewGuid(), Region = "BG-01" });
        foreach (var integrationEvent in events)
        {
            outbox.Add(integrationEvent);
        }
        var ids = db.ChangeTracker.Entries<OutboxMessage>().Select(entry => entry.Entity.Id).ToList();
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>The row as the database holds it now.</summary>
    public static async Task<OutboxMessage> RowAsync(IHost host, Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Set<OutboxMessage>()
            .AsNoTracking().SingleAsync(row => row.Id == id);
    }

    public static PractitionerRegistered Registered(string region = "BG-01") =>
        new(Guid.NewGuid(), "judge", region, DateTimeOffset.UtcNow);
}
