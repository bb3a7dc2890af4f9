using Justice.Contracts.Events;
using Justice.Messaging.Outbox;
using Justice.Testing;
using MassTransit;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Justice.BuildingBlocks.Tests.Messaging;

/// <summary>The outbox and its dispatcher against real PostgreSQL and RabbitMQ.</summary>
public sealed class OutboxTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly TestDatabase _database = new("outbox");
    private readonly DeliveryLog _deliveries = new();
    private readonly List<IHost> _hosts = [];
    private TestVirtualHost _virtualHost = null!;

    public async Task InitializeAsync() => _virtualHost = await TestVirtualHost.CreateAsync("outbox");

    public Task DisposeAsync() => TestTeardown.DisposeAsync(_hosts, _virtualHost, _database);

    [Fact]
    public async Task An_event_saved_with_its_change_is_published_with_the_row_id_as_message_id()
    {
        var host = await StartAsync(withRecorder: true);

        var rowId = await SaveEntryWithEventAsync(host, "BG-01");

        Assert.True(await DeliveredAsync(rowId));
        Assert.Equal(1, _deliveries.Deliveries[rowId]);
        // The consumer may see the message before the dispatcher's own transaction has committed.
        Assert.Equal(1L, await Eventually.Within(Timeout,
            () => _database.ScalarAsync<long>($"select count(*) from outbox_messages where id = '{rowId}' and dispatched_at is not null"),
            n => n == 1));
    }

    [Fact]
    public async Task A_transaction_that_rolls_back_publishes_nothing()
    {
        var host = await StartAsync(withRecorder: true);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Entries.Add(new LedgerEntry { Id = Guid.NewGuid(), Region = "BG-02" });
            scope.ServiceProvider.GetRequiredService<IOutbox>().Add(LedgerOutbox.Registered("BG-02"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        var committed = await SaveEntryWithEventAsync(host, "BG-03");

        Assert.True(await DeliveredAsync(committed));
        Assert.Equal([committed], _deliveries.Deliveries.Keys);
        Assert.Equal(1L, await _database.ScalarAsync<long>("select count(*) from outbox_messages"));
        Assert.Equal(1L, await _database.ScalarAsync<long>("select count(*) from entries"));
    }

    [Fact]
    public async Task Two_dispatchers_running_at_once_publish_each_row_exactly_once()
    {
        var first = await StartAsync(withRecorder: true);
        var second = await StartAsync(withRecorder: false);
        const int rows = 200;

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            for (var i = 0; i < rows; i++)
            {
                outbox.Add(LedgerOutbox.Registered("BG-04"));
            }
            await db.SaveChangesAsync();
        }
        // Besides both hosted dispatchers, drive both by hand at the same time.
        await Task.WhenAll(DrainAsync(first), DrainAsync(second));

        var ids = await RowIdsAsync();
        Assert.Equal(rows, ids.Count);
        Assert.Equal(0L, await Eventually.Within(Timeout,
            () => _database.ScalarAsync<long>("select count(*) from outbox_messages where dispatched_at is null"), n => n == 0));
        // Every publish, a duplicate included, was confirmed before its row committed as dispatched: the marker is
        // queued behind all of them, and the recorder takes the queue in order.
        var marker = await SaveEntryWithEventAsync(first, "BG-04");
        Assert.True(await DeliveredAsync(marker));
        Assert.Equal(ids.Append(marker).Order(), _deliveries.Deliveries.Keys.Order());
        Assert.All(_deliveries.Deliveries.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task A_batch_is_published_at_once_and_marked_dispatched_in_one_statement()
    {
        const int rows = 30;
        var commands = new CommandLog();
        var host = await StartAsync(withRecorder: true, services => services.AddSingleton<IInterceptor>(commands),
            new Dictionary<string, string?> { ["Outbox:BatchSize"] = rows.ToString(CultureInfo.InvariantCulture) });

        // One transaction: the dispatcher's first look at them finds all of them, so one batch takes them.
        var ids = await LedgerOutbox.SaveAsync(host, [.. Enumerable.Range(0, rows).Select(_ => LedgerOutbox.Registered("BG-05"))]);

        Assert.Equal(0L, await Eventually.Within(Timeout,
            () => _database.ScalarAsync<long>("select count(*) from outbox_messages where dispatched_at is null"), n => n == 0));
        Assert.True(await Eventually.Holds(Timeout, () => Task.FromResult(ids.All(_deliveries.Deliveries.ContainsKey))));
        var updates = commands.Commands.Sum(text => Occurrences(text, "UPDATE outbox_messages"));
        Assert.Equal(1, updates);
        Assert.Equal(1L, await _database.ScalarAsync<long>(
            "select count(distinct dispatched_at) from outbox_messages where attempts = 1 and last_error is null"));
    }

    private static int Occurrences(string text, string what) =>
        text.Split(what, StringSplitOptions.None).Length - 1;

    private async Task<IHost> StartAsync(bool withRecorder, Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = await LedgerHost.StartAsync("training", _database, _virtualHost,
            withRecorder ? bus => bus.AddConsumer<RecordingConsumer, RecordingConsumerDefinition>() : null,
            services =>
            {
                services.AddSingleton(_deliveries);
                configure?.Invoke(services);
            },
            settings);
        _hosts.Add(host);
        return host;
    }

    private static async Task DrainAsync(IHost host)
    {
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher<LedgerDbContext>>();
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        for (var round = 0; round < 100; round++)
        {
            await dispatcher.DispatchBatchAsync(CancellationToken.None);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            if (!await db.Set<OutboxMessage>().AnyAsync(m => m.DispatchedAt == null))
            {
                return;
            }
        }
    }

    private static async Task<Guid> SaveEntryWithEventAsync(IHost host, string region) =>
        (await LedgerOutbox.SaveAsync(host, LedgerOutbox.Registered(region)))[0];

    private async Task<List<Guid>> RowIdsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select id from outbox_messages", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }

    private async Task<bool> DeliveredAsync(Guid messageId) =>
        await Eventually.Within(Timeout, () => Task.FromResult(_deliveries.Deliveries.ContainsKey(messageId)), found => found);
}
