using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Justice.Messaging.Outbox;

/// <summary>
/// Reports how long the oldest event has waited in the outbox: Degraded once it waited longer than
/// <see cref="OutboxOptions.BacklogDegradedAfter"/> (the broker is away, or the dispatcher cannot keep up), Unhealthy
/// past <see cref="OutboxOptions.BacklogUnhealthyAfter"/>. Events the broker returned because no service consumes
/// them yet are not a backlog: they wait for a consumer, not for this service.
/// </summary>
internal sealed class OutboxBacklogHealthCheck<TDbContext>(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options) : IHealthCheck where TDbContext : DbContext
{
    public const string Name = "outbox-backlog";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (pending, oldestCreatedAt) = await ReadBacklogAsync(scope.ServiceProvider.GetRequiredService<TDbContext>(), cancellationToken);

        var waited = oldestCreatedAt is { } oldest ? clock.GetUtcNow() - oldest : TimeSpan.Zero;
        var data = new Dictionary<string, object>
        {
            ["pending"] = pending,
            ["oldestWaitSeconds"] = Math.Round(Math.Max(waited.TotalSeconds, 0), 1),
        };
        var description = string.Create(CultureInfo.InvariantCulture, $"{pending} events pending; the oldest waited {waited.TotalSeconds:0.#} s");
        var limits = options.Value;
        return waited > limits.BacklogUnhealthyAfter ? HealthCheckResult.Unhealthy(description, data: data)
            : waited > limits.BacklogDegradedAfter ? HealthCheckResult.Degraded(description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }

    /// <summary>Plain SQL with positional columns: a service's naming convention must not rename what this reads.</summary>
    private static async Task<(int Pending, DateTimeOffset? OldestCreatedAt)> ReadBacklogAsync(TDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT count(*)::int, min(created_at) FROM outbox_messages
                WHERE dispatched_at IS NULL AND (last_error IS NULL OR last_error NOT LIKE 'Unroutable:%')
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return (reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
