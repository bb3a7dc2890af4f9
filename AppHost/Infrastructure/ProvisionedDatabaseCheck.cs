using Justice.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Justice.AppHost.Infrastructure;

/// <summary>
/// Healthy once the database is provisioned (as the superuser, once per run: the login's password and grants are
/// re-applied on every start) and its own login reaches it. Until then unhealthy, with the reason, and tried again.
/// </summary>
internal sealed class ProvisionedDatabaseCheck(PostgresDatabaseResource database, string password) : IHealthCheck
{
    private bool _provisioned;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!_provisioned)
            {
                var superuser = await database.Parent.ConnectionStringExpression.GetValueAsync(cancellationToken);
                await DatabaseProvisioning.ProvisionAsync(superuser!, database.Name, password, cancellationToken);
                _provisioned = true;
            }
            var own = await database.ConnectionStringExpression.GetValueAsync(cancellationToken);
            await using var connection = new NpgsqlConnection(own + ";Pooling=false");
            await connection.OpenAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
