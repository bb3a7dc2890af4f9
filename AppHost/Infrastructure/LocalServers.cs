using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Justice.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL and RabbitMQ from Debian's packages, run by the repository's own scripts as executable
/// resources (container resources hang without a Docker engine). Each gets a readiness check that
/// proves the server answers, so services that <c>WaitFor</c> it start only once it does.
/// </summary>
public static class LocalServers
{
    public static IResourceBuilder<PostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, InfrastructureSettings settings)
    {
        var directory = Path.Combine(settings.DataDirectory, name);
        var passwordFile = Path.Combine(settings.DataDirectory, $"{name}.password");
        var password = builder.AddParameter($"{name}-password", Secrets.ReadOrCreate(passwordFile), secret: true);

        var server = new PostgresServerResource(name, settings.RepositoryRoot, settings.PostgresPort, password.Resource);
        string[] args = [Path.Combine(settings.RepositoryRoot, "eng", "postgres.sh"), directory,
            settings.PostgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture), passwordFile];
        if (settings.Throwaway)
        {
            args = [.. args, "--throwaway"];
        }

        var healthCheck = $"{name}-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
        {
            try
            {
                var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken);
                await using var connection = new NpgsqlConnection(connectionString + ";Database=postgres;Pooling=false");
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("select 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        });

        return builder.AddResource(server)
            .WithArgs(args)
            .WithParentRelationship(password)
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name) =>
        server.ApplicationBuilder.AddResource(new PostgresDatabaseResource(name, server.Resource))
            .ExcludeFromManifest();
}

/// <summary>A PostgreSQL server run by <c>eng/postgres.sh</c>.</summary>
public sealed class PostgresServerResource(string name, string workingDirectory, int port, ParameterResource password)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={port.ToString(System.Globalization.CultureInfo.InvariantCulture)};Username=postgres;Password={password}");
}

/// <summary>One service's database on a <see cref="PostgresServerResource"/>; the service creates it on start.</summary>
public sealed class PostgresDatabaseResource(string name, PostgresServerResource server)
    : Resource(name), IResourceWithParent<PostgresServerResource>, IResourceWithConnectionString
{
    public PostgresServerResource Parent => server;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{server.ConnectionStringExpression};Database={Name}");
}

/// <summary>Where the local servers keep their data and which ports they use (section <c>Infrastructure</c>).</summary>
public sealed record InfrastructureSettings(
    string RepositoryRoot, string DataDirectory, int PostgresPort, int EventBusPort, int EventBusManagementPort, bool Throwaway,
    int GatewayPort)
{
    public static InfrastructureSettings From(IDistributedApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Infrastructure");
        var root = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        return new InfrastructureSettings(
            root,
            Path.GetFullPath(section["DataDirectory"] ?? Path.Combine(root, ".data")),
            section.GetValue("PostgresPort", 55432),
            section.GetValue("EventBusPort", 55672),
            // The management API provisions the broker's users; the operator's management UI.
            section.GetValue("EventBusManagementPort", 55673),
            section.GetValue("Throwaway", false),
            // The public address tokens name as their issuer: the gateway's fixed local port.
            section.GetValue("GatewayPort", 8080));
    }
}
