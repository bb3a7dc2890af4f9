using Justice.Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Justice.Assessment.Api.Overdue;

/// <summary>Counts the overdue drafts every minute for the <c>justice.assessment.assessments.overdue</c> gauge.</summary>
public sealed partial class OverdueCounter(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AssessmentOptions> options,
    AssessmentMetrics metrics, ILogger<OverdueCounter> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
                metrics.OverdueCounted(await db.Assessments.Overdue(clock.GetUtcNow(), options.Value.DeadlineDays).LongCountAsync(stoppingToken));
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException && !stoppingToken.IsCancellationRequested)
            {
                // The gauge keeps its last count; the next tick tries again.
                LogCountFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overdue assessments could not be counted")]
    private static partial void LogCountFailed(ILogger logger, Exception exception);
}
