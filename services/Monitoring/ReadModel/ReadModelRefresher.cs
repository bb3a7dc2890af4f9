using Microsoft.Extensions.Options;

namespace Justice.Monitoring.ReadModel;

/// <summary>
/// Keeps <see cref="LiveReadModel"/> current: reads the counts before the service takes requests, again soon after
/// each change (changes in a burst are read once, at most every <see cref="Coalesce"/>), and at each
/// <see cref="MonitoringOptions.SafetyInterval"/> when their version (<see cref="CountsReader.VersionAsync"/>, a query of
/// a few numbers) says a change was missed: building a national-scale snapshot for nothing would take a core away from
/// the callers.
/// </summary>
public sealed class ReadModelRefresher(LiveReadModel live, CountsReader reader, IOptions<MonitoringOptions> options,
    ILogger<ReadModelRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(100);

    private CountsVersion? _read;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = await live.WaitForChangeAsync(options.Value.SafetyInterval, stoppingToken);
            await Task.Delay(Coalesce, stoppingToken);
            try
            {
                if (changed || await reader.VersionAsync(stoppingToken) != _read)
                {
                    await ReadAsync(stoppingToken);
                }
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

    /// <summary>The counts read again, and the version they are at least as new as (read first, so a change between the two reads them again next time).</summary>
    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var version = await reader.VersionAsync(cancellationToken);
        live.Replace(await reader.ReadAsync(cancellationToken));
        _read = version;
    }
}
