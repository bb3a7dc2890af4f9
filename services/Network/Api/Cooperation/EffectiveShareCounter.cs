using Justice.Network.Data;

namespace Justice.Network.Api.Cooperation;

/// <summary>Counts the cooperation cases every minute for the <c>justice.network.cases.effective_percent</c> gauge.</summary>
public sealed partial class EffectiveShareCounter(IServiceScopeFactory scopes, TimeProvider clock, NetworkMetrics metrics,
    ILogger<EffectiveShareCounter> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Counts once and hands the national totals to the meter.</summary>
    public async Task CountAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var byRegion = await CooperationFiguresQuery.ByRegionAsync(db, null, cancellationToken);
        metrics.NationalCounted(CooperationFiguresQuery.National(byRegion));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await CountAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                // The gauge keeps its last share; the next tick tries again.
                LogCountFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cooperation cases could not be counted")]
    private static partial void LogCountFailed(ILogger logger, Exception exception);
}
