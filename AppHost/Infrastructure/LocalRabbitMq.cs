using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Justice.Messaging.Broker;
using Justice.Messaging.Failures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace Justice.AppHost.Infrastructure;

/// <summary>
/// RabbitMQ from Debian's packages, run by <c>eng/rabbitmq.sh</c> as an executable resource. No guest: the
/// operator's <c>admin</c> (password generated into the data folder, shown on the dashboard) and a user per service
/// (<see cref="WithEventBus"/>), provisioned with <see cref="BrokerProvisioner"/> before the node counts as ready.
/// </summary>
public static class LocalRabbitMq
{
    public static IResourceBuilder<RabbitMqServerResource> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string name, InfrastructureSettings settings)
    {
        var directory = Path.Combine(settings.DataDirectory, name);
        // eng/rabbitmq.sh gives it to the node's first start; kept beside the node's data.
        var adminPassword = Secrets.ReadOrCreate(Path.Combine(directory, "admin.password"));
        var admin = builder.AddParameter($"{name}-admin-password", adminPassword, secret: true);
        var server = new RabbitMqServerResource(name, settings.RepositoryRoot, settings.EventBusPort, settings.EventBusManagementPort, adminPassword);

        var healthCheck = $"{name}-ready";
        var provisioned = false;
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
        {
            try
            {
                if (!provisioned)
                {
                    await ProvisionAsync(server, cancellationToken);
                    provisioned = true;
                }
                var factory = new ConnectionFactory { Uri = server.AdminAmqpUri };
                await using var connection = await factory.CreateConnectionAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException
                or System.Net.Sockets.SocketException or HttpRequestException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        });

        string[] args = [Path.Combine(settings.RepositoryRoot, "eng", "rabbitmq.sh"), directory,
            settings.EventBusPort.ToString(CultureInfo.InvariantCulture),
            settings.EventBusManagementPort.ToString(CultureInfo.InvariantCulture)];
        return builder.AddResource(server)
            .WithArgs(args)
            .WithParentRelationship(admin)
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

    /// <summary>
    /// Connects <paramref name="project"/> to the event bus as its own broker user, named after it, with a
    /// password generated on first start: its connection string <c>eventbus</c> names that user. Its dashboard
    /// entry gets the operator's command that moves its failed messages back to their queues.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithEventBus(this IResourceBuilder<ProjectResource> project,
        IResourceBuilder<RabbitMqServerResource> broker, InfrastructureSettings settings)
    {
        var service = project.Resource.Name;
        var passwordFile = Path.Combine(settings.DataDirectory, $"{broker.Resource.Name}-{service}.password");
        var password = project.ApplicationBuilder.AddParameter($"{broker.Resource.Name}-{service}-password",
            Secrets.ReadOrCreate(passwordFile), secret: true);
        var user = new RabbitMqUserResource($"{broker.Resource.Name}-{service}", broker.Resource, service, password.Resource);
        broker.Resource.Users.Add(user);
        var connection = project.ApplicationBuilder.AddResource(user).WithParentRelationship(password).ExcludeFromManifest();
        return project.WithReference(connection, broker.Resource.Name).WaitFor(broker)
            .WithCommand("requeue-failed-messages", "Requeue failed messages",
                context => RequeueFailedMessagesAsync(user, context.CancellationToken),
                new CommandOptions
                {
                    Description = $"Moves every message in {service}'s _error queues back to its queue. Fix what failed them first.",
                    ConfirmationMessage = $"Move {service}'s failed messages back to their queues now?",
                    IconName = "ArrowReply",
                });
    }

    /// <summary>
    /// Every <c>_error</c> queue of the user's service, moved back as the service's own user (<see cref="FailedMessages"/>),
    /// so each message passes the publisher check as it first did.
    /// </summary>
    private static async Task<ExecuteCommandResult> RequeueFailedMessagesAsync(RabbitMqUserResource user, CancellationToken cancellationToken)
    {
        var server = user.Parent;
        var password = await user.Password.GetValueAsync(cancellationToken);
        var connection = new UriBuilder(server.AdminAmqpUri) { UserName = user.Service, Password = password }.Uri;
        using var management = BrokerProvisioner.CreateClient(server.AdminManagementUri);
        var moved = new List<string>();
        foreach (var queue in await FailedMessages.QueuesOfAsync(management, "/", user.Service, cancellationToken))
        {
            var count = await FailedMessages.RequeueAsync(connection, queue, cancellationToken);
            if (count > 0)
            {
                moved.Add($"{count} to {queue}");
            }
        }
        return CommandResults.Success(moved.Count == 0 ? "No failed messages." : "Moved back: " + string.Join(", ", moved) + ".");
    }

    private static async Task ProvisionAsync(RabbitMqServerResource server, CancellationToken cancellationToken)
    {
        using var management = BrokerProvisioner.CreateClient(server.AdminManagementUri);
        await AdoptNodeWithGuestAsync(server, management, cancellationToken);
        var passwords = new Dictionary<string, string>();
        foreach (var user in server.Users)
        {
            passwords[user.Service] = (await user.Password.GetValueAsync(cancellationToken))!;
        }
        await new BrokerProvisioner(management).ProvisionAsync("/", passwords, cancellationToken);
    }

    /// <summary>
    /// A node created before it had an administrator still has only <c>guest</c> (loopback only): guest creates
    /// <c>admin</c> once, and the provisioning then deletes guest.
    /// </summary>
    private static async Task AdoptNodeWithGuestAsync(RabbitMqServerResource server, HttpClient management, CancellationToken cancellationToken)
    {
        using var whoami = await management.GetAsync("api/whoami", cancellationToken);
        if (whoami.StatusCode != HttpStatusCode.Unauthorized)
        {
            return;
        }
        using var guest = BrokerProvisioner.CreateClient(new UriBuilder(server.AdminManagementUri) { UserName = "guest", Password = "guest" }.Uri);
        using var created = await guest.PutAsJsonAsync("api/users/admin",
            new { password = server.AdminPassword, tags = "administrator" }, cancellationToken);
        created.EnsureSuccessStatusCode();
        using var granted = await guest.PutAsJsonAsync("api/permissions/%2F/admin",
            new { configure = ".*", write = ".*", read = ".*" }, cancellationToken);
        granted.EnsureSuccessStatusCode();
    }
}

/// <summary>A RabbitMQ node run by <c>eng/rabbitmq.sh</c>, loopback only; services connect as their own users.</summary>
public sealed class RabbitMqServerResource(string name, string workingDirectory, int port, int managementPort, string adminPassword)
    : ExecutableResource(name, "bash", workingDirectory)
{
    public string AdminPassword { get; } = adminPassword;
    public Uri AdminAmqpUri { get; } = new($"amqp://admin:{adminPassword}@127.0.0.1:{port}/");
    public Uri AdminManagementUri { get; } = new($"http://admin:{adminPassword}@127.0.0.1:{managementPort}/");
    public string Host { get; } = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The services' users, provisioned when the node starts.</summary>
    public List<RabbitMqUserResource> Users { get; } = [];
}

/// <summary>One service's broker user on a <see cref="RabbitMqServerResource"/>: the service's connection string.</summary>
public sealed class RabbitMqUserResource(string name, RabbitMqServerResource server, string service, ParameterResource password)
    : Resource(name), IResourceWithParent<RabbitMqServerResource>, IResourceWithConnectionString
{
    public RabbitMqServerResource Parent => server;
    public string Service => service;
    public ParameterResource Password => password;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://{service}:{password}@{server.Host}/");
}
