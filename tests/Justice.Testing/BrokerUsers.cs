using System.Security.Cryptography;
using System.Text;
using Justice.Messaging.Broker;

namespace Justice.Testing;

/// <summary>
/// The services' broker users on a test broker, as a deployment provisions them: a user per service with its
/// real permissions. Users are global to a node and test classes run in parallel, so each password is derived from
/// the administrator's: every class provisions the same users with the same passwords.
/// </summary>
public sealed class BrokerUsers(Uri amqp, Uri management)
{
    /// <summary>The services that use the broker today.</summary>
    public static readonly string[] Services = ["training", "network", "assessment", "monitoring", "publicity"];

    private readonly string _adminPassword = Uri.UnescapeDataString(management.UserInfo.Split(':', 2)[1]);

    /// <summary>Creates <paramref name="virtualHost"/> (when missing) with every service's user and permissions.</summary>
    public async Task ProvisionAsync(string virtualHost)
    {
        using var client = BrokerProvisioner.CreateClient(management);
        await new BrokerProvisioner(client).ProvisionAsync(virtualHost, Services.ToDictionary(s => s, PasswordOf));
    }

    /// <summary>The connection string <paramref name="service"/> gets: its own user on <paramref name="virtualHost"/>.</summary>
    public Uri AmqpUriFor(string service, string virtualHost) =>
        new UriBuilder(amqp) { UserName = service, Password = PasswordOf(service), Path = "/" + Uri.EscapeDataString(virtualHost) }.Uri;

    /// <summary>The administrator's connection to <paramref name="virtualHost"/>: every permission, any user_id refused but its own.</summary>
    public Uri AdminAmqpUriFor(string virtualHost) =>
        new UriBuilder(amqp) { Path = "/" + Uri.EscapeDataString(virtualHost) }.Uri;

    public string PasswordOf(string service) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_adminPassword), Encoding.UTF8.GetBytes(service))).ToLowerInvariant();
}
