using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Justice.Persistence;

public static class ServiceDatabase
{
    /// <summary>How long opening a connection (or waiting for one from a full pool) may take.</summary>
    public const int ConnectTimeoutSeconds = 5;

    /// <summary>
    /// The service's own database, named by the connection string <paramref name="connectionName"/>: an
    /// <see cref="NpgsqlDataSource"/> with Aspire's health check, traces and metrics, for the paths that write SQL
    /// themselves (audit, inbox); a pooled <typeparamref name="TDbContext"/> on the same data source; and the
    /// migrations applied before the service starts listening. A connection is given up on after
    /// <see cref="ConnectTimeoutSeconds"/> unless the connection string names its own <c>Timeout</c>, so that a database
    /// outage is answered 503 within seconds rather than after Npgsql's 15.
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
