using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Justice.Persistence;

public static class ServiceDatabase
{
    /// <summary>
    /// The service's own database, named by the connection string <paramref name="connectionName"/>: an
    /// <see cref="NpgsqlDataSource"/> with Aspire's health check, traces and metrics, for the paths that write SQL
    /// themselves (audit, inbox); a pooled <typeparamref name="TDbContext"/> on the same data source; and the
    /// migrations applied before the service starts listening.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder,
        string connectionName, Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TDbContext : DbContext
    {
        builder.AddNpgsqlDataSource(connectionName);
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
