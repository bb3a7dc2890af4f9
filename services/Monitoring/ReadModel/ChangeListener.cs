using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Justice.Monitoring.ReadModel;

/// <summary>
/// Listens on the database for the read model's change notice (sent at the commit of every applied event, by any
/// instance of the service), so that every instance's watchers hear of a change within a second, whichever
/// instance applied it.
/// </summary>
public sealed class ChangeListener(NpgsqlDataSource dataSource, LiveReadModel live, ILogger<ChangeListener> logger) : BackgroundService
{
    public const string Channel = "monitoring_counts";

    /// <summary>Says, inside the current transaction, that the counts changed: every instance hears it at the commit.</summary>
    public static Task AnnounceAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, '')", cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => live.Changed();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                // What changed while no one listened.
                live.Changed();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.IO.IOException)
            {
                logger.LogWarning("Listening for the read model's changes stopped ({Error}); listening again in 2 s.", exception.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
