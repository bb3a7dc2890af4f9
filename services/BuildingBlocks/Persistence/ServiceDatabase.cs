using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Justice.Persistence;

public static class ServiceDatabase
{
    /// <summary>
    /// How long opening a connection (or waiting for one from a full pool) may take: long enough that a busy machine's
    /// pool waits and password handshakes do not fail requests (5 s did, on two loaded cores), short enough that a
    /// silent database is answered 503 by the service before the gateway's 10-s timeout turns it into a 504. A database
    /// that is down refuses the connection at once, whatever this says.
    /// </summary>
    public const int ConnectTimeoutSeconds = 8;

    /// <summary>
    /// The service's own database, named by the connection string <paramref name="connectionName"/>: an
    /// <see cref="NpgsqlDataSource"/> with Aspire's health check, traces and metrics, for the paths that write SQL
    /// themselves (audit, inbox); a pooled <typeparamref name="TDbContext"/> on the same data source; and the
    /// migrations applied before the service starts listening. A connection is given up on after
    /// <see cref="ConnectTimeoutSeconds"/> unless the connection string names its own <c>Timeout</c>, so that a silent
    /// database is answered 503 within seconds rather than after Npgsql's 15.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder,
        string connectionName, Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TDbContext : DbContext
    {
        builder.AddNpgsqlDataSource(connectionName, configureDataSourceBuilder: dataSource =>
        {
            // A plain builder holds only the keywords the connection string names, not Npgsql's defaults.
            if (!new DbConnectionStringBuilder { ConnectionString = dataSource.ConnectionString }.ContainsKey("Timeout"))
            {
                dataSource.ConnectionStringBuilder.Timeout = ConnectTimeoutSeconds;
            }
        });
        builder.Services.AddDbContextPool<TDbContext>((services, options) =>
        {
            options.UseNpgsql(services.GetRequiredService<NpgsqlDataSource>()).UseJusticeNaming();
            configure?.Invoke(services, options);
        });
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        return builder;
    }

    /// <summary>
    /// Tables, columns, keys and indexes in snake_case (<c>RegisteredAt</c> → <c>registered_at</c>), so entity
    /// configurations map only what differs from the convention. Design-time factories call it too.
    /// </summary>
    public static TBuilder UseJusticeNaming<TBuilder>(this TBuilder options) where TBuilder : DbContextOptionsBuilder
    {
        options.UseSnakeCaseNamingConvention();
        return options;
    }
}
