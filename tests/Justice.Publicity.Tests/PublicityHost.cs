using Justice.Identity;
using Justice.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Publicity.Tests;

/// <summary>
/// The Publicity service in memory with its own database and virtual host on the real servers, sending its mail to the
/// test run's smtp4dev (<see cref="Mailbox"/> reads it back).
/// </summary>
public sealed class PublicityHost : IAsyncLifetime
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _tokens = new();

    public TestDatabase Database { get; } = new("publicity");
    public IdentityServer<IdentityProgram> Identity { get; private set; } = null!;
    public TestVirtualHost VirtualHost { get; private set; } = null!;
    public ServiceFactory<PublicityProgram> Factory { get; private set; } = null!;
    public TestMailbox Mailbox { get; } = new();

    /// <summary>Served by Kestrel on a free port of 127.0.0.1 rather than in memory, so that a browser can reach it (<see cref="Address"/>).</summary>
    public bool OverSocket { get; init; }

    /// <summary>Where Kestrel listens, with <see cref="OverSocket"/>.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public IServiceProvider Services => Factory.Services;

    public HttpClient CreateClient() => Factory.CreateClient();

    /// <summary>A client with a token of <paramref name="role"/> (of <paramref name="region"/> for a regional role), one user per role.</summary>
    public async Task<HttpClient> ClientAsync(string role, string? region = null)
    {
        var key = $"{role}/{region}";
        if (!_tokens.TryGetValue(key, out var token))
        {
            _tokens[key] = token = await Identity.UserTokenAsync(role, region);
        }
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync("publicity");
        Identity = SharedIdentityServer.Of<IdentityProgram>();
        var settings = new Dictionary<string, string?>(Identity.ServiceSettings)
        {
            ["ConnectionStrings:publicitydb"] = Database.ConnectionString,
            ["ConnectionStrings:eventbus"] = VirtualHost.AmqpUriFor(PublicityService.Name).ToString(),
            ["Publicity:Mail:Server"] = TestServers.Smtp.ToString(),
            ["Publicity:PublicAddress"] = "http://justice.test/",
            // Nothing listens there: the website's calls to Network and Training fail fast, as when those are down.
            ["Network:GrpcAddress"] = $"http://127.0.0.1:{FreePorts.Next()}",
            ["Training:GrpcAddress"] = $"http://127.0.0.1:{FreePorts.Next()}",
            ["Training:HttpAddress"] = $"http://127.0.0.1:{FreePorts.Next()}",
        };
        if (OverSocket)
        {
            settings["Kestrel:Endpoints:http:Url"] = "http://127.0.0.1:0"; // instead of appsettings' fixed port, which another host may hold
        }
        Factory = new ServiceFactory<PublicityProgram>(settings, services => Identity.RouteKeyRequests(services));
        if (OverSocket)
        {
            Factory.UseKestrel();
        }
        Factory.StartServer(); // migrations applied, queues bound
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Mailbox.Dispose();
        await Factory.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
