using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Justice.Messaging.Broker;

namespace Justice.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class, so hosts of the same service in parallel
/// test classes never compete for each other's messages. Provisioned as a deployment's (a user per service,
/// with its real permissions, every event's exchange, no guest); deleted afterwards.
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;
    private readonly BrokerUsers _users;

    private TestVirtualHost(string name, HttpClient management, BrokerUsers users)
    {
        Name = name;
        _management = management;
        _users = users;
    }

    public string Name { get; }

    /// <summary>The connection string of <paramref name="service"/>: its own broker user, on this virtual host.</summary>
    public Uri AmqpUriFor(string service) => _users.AmqpUriFor(service, Name);

    /// <summary>The test harness's own connection: the administrator, who may do anything but claim another user.</summary>
    public Uri AdminAmqpUri => _users.AdminAmqpUriFor(Name);

    public static async Task<TestVirtualHost> CreateAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}";
        var users = new BrokerUsers(TestServers.RabbitMq, TestServers.RabbitMqManagement);
        await users.ProvisionAsync(name);
        return new TestVirtualHost(name, BrokerProvisioner.CreateClient(TestServers.RabbitMqManagement), users);
    }

    /// <summary>Messages ready or unacknowledged in a queue of this virtual host (0 when it does not exist).</summary>
    public async Task<int> MessagesInQueueAsync(string queue)
    {
        using var response = await _management.GetAsync($"api/queues/{Name}/{queue}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return 0;
        }
        response.EnsureSuccessStatusCode();
        var info = await response.Content.ReadFromJsonAsync<QueueInfo>();
        return info!.Messages ?? 0;
    }

    public async ValueTask DisposeAsync()
    {
        using var response = await _management.DeleteAsync($"api/vhosts/{Name}");
        _management.Dispose();
    }

    private sealed record QueueInfo([property: JsonPropertyName("messages")] int? Messages);
}
