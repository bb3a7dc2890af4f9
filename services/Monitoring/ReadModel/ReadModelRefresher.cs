namespace Justice.Monitoring.ReadModel;

/// <summary>
/// Keeps <see cref="LiveReadModel"/> current: reads the counts before the service takes requests, again soon after
/// each change (changes in a burst are read once, at most every <see cref="Coalesce"/>), and every
/// <see cref="Safety"/> in any case.
/// </summary>
public sealed class ReadModelRefresher(LiveReadModel live, CountsReader reader, ILogger<ReadModelRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan Safety = TimeSpan.FromSeconds(30);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        live.Replace(await reader.ReadAsync(cancellationToken));
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await live.WaitForChangeAsync(Safety, stoppingToken);
            await Task.Delay(Coalesce, stoppingToken);
            try
            {
                live.Replace(await reader.ReadAsync(stoppingToken));
            }
            catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException)
            {
                // The counts held stay in use; the next change or the safety interval reads them again.
                logger.LogWarning("The read model's counts could not be read again: {Error}", exception.GetType().Name);
                live.Changed();
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }
}
