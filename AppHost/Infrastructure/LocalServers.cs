using Justice.Persistence;
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

        var server = new PostgresServerResource(name, settings.RepositoryRoot, settings.PostgresPort, password.Resource, settings.DataDirectory);
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

    /// <summary>
    /// A service's database with a login of its own (password generated into the data folder), provisioned by the
    /// superuser once the server answers (<see cref="DatabaseProvisioning"/>). It turns healthy only once provisioned
    /// and reachable with its own login, so a service that <c>WaitFor</c>s it finds its database ready.
    /// </summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name)
    {
        var builder = server.ApplicationBuilder;
        var passwordValue = Secrets.ReadOrCreate(Path.Combine(server.Resource.SecretsDirectory, $"{name}.password"));
        var password = builder.AddParameter($"{name}-password", passwordValue, secret: true);
        var database = new PostgresDatabaseResource(name, server.Resource, password.Resource);

        // An executable's children get no state of their own: the database runs once its server is ready.
        builder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, (@event, _) =>
            @event.Services.GetRequiredService<ResourceNotificationService>().PublishUpdateAsync(database,
                state => state with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow }));

        // One instance for the whole run: it provisions once, then only checks the login gets in.
        var healthCheck = $"{name}-provisioned";
        var check = new ProvisionedDatabaseCheck(database, passwordValue);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheck, _ => check, failureStatus: null, tags: null));

        var resource = builder.AddResource(database)
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
        password.WithParentRelationship(resource);
        return resource;
    }
}

/// <summary>A PostgreSQL server run by <c>eng/postgres.sh</c>; its connection string is the superuser's.</summary>
public sealed class PostgresServerResource(string name, string workingDirectory, int port, ParameterResource password, string secretsDirectory)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public string Address { get; } = $"Host=127.0.0.1;Port={port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Where the generated passwords of the server's logins are kept.</summary>
    public string SecretsDirectory => secretsDirectory;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Address};Username=postgres;Password={password}");
}

/// <summary>
/// One service's database on a <see cref="PostgresServerResource"/>; its connection string is the service's own login,
/// named as the database, which owns it and nothing else.
/// </summary>
public sealed class PostgresDatabaseResource(string name, PostgresServerResource server, ParameterResource password)
    : Resource(name), IResourceWithParent<PostgresServerResource>, IResourceWithConnectionString
{
    public PostgresServerResource Parent => server;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{server.Address};Username={Name};Password={password};Database={Name}");
}

/// <summary>Where the local servers keep their data and which ports they use (section <c>Infrastructure</c>).</summary>
public sealed record InfrastructureSettings(
    string RepositoryRoot, string DataDirectory, int PostgresPort, int EventBusPort, int EventBusManagementPort, bool Throwaway,
    int GatewayPort, int MailPort, int MailWebPort)
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
            section.GetValue("GatewayPort", 8080),
            // smtp4dev: the SMTP port the services send to, and its web UI that shows what they sent.
            section.GetValue("MailPort", 2525),
            section.GetValue("MailWebPort", 5080));
    }
}
