using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

namespace Justice.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test class, so hosts of the same service in parallel
/// test classes never compete for each other's messages. Deleted afterwards.
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private TestVirtualHost(string name, HttpClient management)
    {
        Name = name;
        _management = management;
        AmqpUri = new UriBuilder(TestServers.RabbitMq) { Path = "/" + name }.Uri;
    }

    public string Name { get; }
    public Uri AmqpUri { get; }

    public static async Task<TestVirtualHost> CreateAsync(string prefix)
    {
        var management = CreateManagementClient(TestServers.RabbitMqManagement);
        var name = $"{prefix}-{Guid.NewGuid():N}";
        using var response = await management.PutAsync($"api/vhosts/{name}", null);
        response.EnsureSuccessStatusCode();
        return new TestVirtualHost(name, management);
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

    public static HttpClient CreateManagementClient(Uri management)
    {
        var client = new HttpClient { BaseAddress = new UriBuilder(management) { UserName = "", Password = "" }.Uri };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo)));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return client;
    }

    private sealed record QueueInfo([property: JsonPropertyName("messages")] int? Messages);
}
