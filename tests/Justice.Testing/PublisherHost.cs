using Justice.Messaging;
using Microsoft.Extensions.Hosting;

namespace Justice.Testing;

/// <summary>
/// A bare host on the event bus as <c>service</c> (its broker user and its name on every message), for tests
/// that publish what that service publishes without running all of it.
/// </summary>
public static class PublisherHost
{
    public static async Task<IHost> StartAsync(string service, Uri eventBus)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.EventBusConnectionName}"] = eventBus.ToString();
        builder.AddEventBus(service);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
