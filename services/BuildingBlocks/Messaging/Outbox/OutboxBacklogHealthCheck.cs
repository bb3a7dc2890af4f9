using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Justice.Messaging.Outbox;

/// <summary>
/// Reports how long the oldest event has waited in the outbox: Degraded once it waited longer than
/// <see cref="OutboxOptions.BacklogDegradedAfter"/> (the broker is away, or the dispatcher cannot keep up), Unhealthy
/// past <see cref="OutboxOptions.BacklogUnhealthyAfter"/>. Events the broker returned because no service consumes
/// them yet are not a backlog: they wait for a consumer, not for this service; nor are events waiting to be replayed.
/// Before the service's migrations have made the outbox table (health is polled from the host's start on), it says
/// so: Unhealthy, without an error.
/// </summary>
internal sealed class OutboxBacklogHealthCheck<TDbContext>(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options) : IHealthCheck where TDbContext : DbContext
{
    public const string Name = "outbox-backlog";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var backlog = scope.ServiceProvider.GetRequiredService<TDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DispatchedAt == null
                && (m.LastError == null
                    || !(m.LastError.StartsWith(OutboxMessage.UnroutablePrefix) || m.LastError.StartsWith(OutboxMessage.ReplayPrefix))));
        int pending;
        DateTimeOffset? oldestCreatedAt;
        try
        {
            pending = await backlog.CountAsync(cancellationToken);
            oldestCreatedAt = pending == 0 ? null : await backlog.MinAsync(m => (DateTimeOffset?)m.CreatedAt, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return HealthCheckResult.Unhealthy("The outbox table is not there yet: the database's migrations have not run.");
        }

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
}
