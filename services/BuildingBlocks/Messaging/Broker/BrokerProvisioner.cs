using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Justice.Messaging.Broker;

/// <summary>
/// Provisions a virtual host through RabbitMQ's management API, as its administrator: a user per service with
/// <see cref="BrokerPermissions"/>, every event's exchange (so a consumer can bind to it before its publisher
/// first ran), and no <c>guest</c>. Idempotent: run on every start.
/// </summary>
public sealed class BrokerProvisioner(HttpClient management)
{
    /// <summary>A client of the management API at <paramref name="managementUri"/>, authenticated by its user info.</summary>
    public static HttpClient CreateClient(Uri managementUri)
    {
        var client = new HttpClient { BaseAddress = new UriBuilder(managementUri) { UserName = "", Password = "" }.Uri };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(managementUri.UserInfo)));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return client;
    }

    /// <param name="virtualHost">The virtual host, created when missing.</param>
    /// <param name="passwords">Each service's broker password, by service name (also its user name).</param>
    public async Task ProvisionAsync(string virtualHost, IReadOnlyDictionary<string, string> passwords,
        CancellationToken cancellationToken = default)
    {
        var vhost = Uri.EscapeDataString(virtualHost);
        await PutAsync($"api/vhosts/{vhost}", new { }, cancellationToken);
        foreach (var (service, password) in passwords)
        {
            var user = Uri.EscapeDataString(service);
            var permissions = BrokerPermissions.For(service);
            await PutAsync($"api/users/{user}", new { password, tags = "" }, cancellationToken);
            await PutAsync($"api/permissions/{vhost}/{user}",
                new { configure = permissions.Configure, write = permissions.Write, read = permissions.Read }, cancellationToken);
        }
        // Declared as MassTransit declares them, so the publisher's own declaration agrees.
        foreach (var type in IntegrationEventTypes.All)
        {
            await PutAsync($"api/exchanges/{vhost}/{Uri.EscapeDataString(IntegrationEventTypes.ExchangeOf(type))}",
                new { type = "fanout", durable = true, auto_delete = false, @internal = false }, cancellationToken);
        }
        using var guest = await management.DeleteAsync("api/users/guest", cancellationToken);
        if (guest.StatusCode != HttpStatusCode.NotFound)
        {
            guest.EnsureSuccessStatusCode();
        }
    }

    /// <remarks>
    /// Users are the node's, not the virtual host's: two provisioners putting the same user at once (parallel test
    /// classes, two AppHosts on one node) can meet inside RabbitMQ, and one of them gets 400. A second try finds the
    /// user and updates it; a request that is really wrong fails on the third.
    /// </remarks>
    private async Task PutAsync(string path, object body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await management.PutAsJsonAsync(path, body, cancellationToken);
            if (response.StatusCode != HttpStatusCode.BadRequest || attempt == 3)
            {
                response.EnsureSuccessStatusCode();
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
        }
    }
}
