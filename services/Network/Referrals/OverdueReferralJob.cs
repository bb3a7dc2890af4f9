using Microsoft.Extensions.Options;

namespace Justice.Network.Referrals;

/// <summary>
/// Runs <see cref="OverdueReferralReporter"/> at start and then every <see cref="ReferralOptions.OverdueCheckInterval"/>
/// on the service's clock. Any number of instances may run it: each overdue referral is still reported once.
/// </summary>
public sealed partial class OverdueReferralJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReferralOptions> options,
    ILogger<OverdueReferralJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OverdueCheckInterval, clock);
        try
        {
            do
            {
                await CheckAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task CheckAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var reported = await scope.ServiceProvider.GetRequiredService<OverdueReferralReporter>().ReportAsync(stoppingToken);
            if (reported > 0)
            {
                LogReported(logger, reported);
            }
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException
            && !stoppingToken.IsCancellationRequested)
        {
            // Nothing was marked: the next tick finds the same referrals again.
            LogCheckFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} referrals found overdue and reported")]
    private static partial void LogReported(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overdue referrals could not be checked")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
