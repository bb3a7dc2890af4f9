using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Justice.Persistence;

/// <summary>
/// Applies the service's checked-in migrations to its database (provisioned beforehand: see
/// <see cref="DatabaseProvisioning"/>) while the host starts, before the web server answers — so a service
/// that reports healthy has its schema.
/// </summary>
public sealed partial class DatabaseMigrator<TDbContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TDbContext>> logger)
    : IHostedService where TDbContext : DbContext
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + GiveUpAfter;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
                await db.Database.MigrateAsync(cancellationToken);
                LogMigrated(logger, typeof(TDbContext).Name);
                return;
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException && DateTimeOffset.UtcNow < deadline)
            {
                LogRetrying(logger, typeof(TDbContext).Name, attempt, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of {Context} is up to date")]
    private static partial void LogMigrated(ILogger logger, string context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database of {Context} not reachable (attempt {Attempt}): {Reason}")]
    private static partial void LogRetrying(ILogger logger, string context, int attempt, string reason);
}
