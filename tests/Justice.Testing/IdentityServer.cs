using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Justice.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Testing;

/// <summary>
/// The real identity service in memory (entry point <typeparamref name="TEntryPoint"/>), issuing real tokens
/// to tests, and the wiring that lets other in-memory services fetch its signing keys.
/// </summary>
public sealed class IdentityServer<TEntryPoint> : IAsyncDisposable where TEntryPoint : class
{
    public const string Password = "correct-horse-battery";

    /// <remarks>
    /// Passwords are hashed with production's algorithm but 1,000 rounds instead of 100,000: no test depends on the
    /// number of rounds, and signing in hundreds of test users would otherwise be most of the suite's time.
    /// </remarks>
    public IdentityServer()
    {
        Factory = new ServiceFactory<TEntryPoint>(Settings.Values,
            services => services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000));
        _ = Factory.Server;
    }

    public IdentityHostSettings Settings { get; } = new();
    public ServiceFactory<TEntryPoint> Factory { get; }

    /// <summary>Settings a service under test needs to validate this server's tokens.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ServiceSettings =>
    [
        new("Identity:Issuer", IdentityHostSettings.Issuer),
        new("Identity:InternalAddress", IdentityHostSettings.Issuer),
    ];

    /// <summary>Routes a service's key retrieval to this in-memory server.</summary>
    public void RouteKeyRequests(IServiceCollection services) =>
        services.AddHttpClient(JwtAuthentication.IdentityClientName)
            .ConfigurePrimaryHttpMessageHandler(() => Factory.Server.CreateHandler());

    public Task<string> AdminTokenAsync() => TokenAsync(IdentityHostSettings.AdminUserName, Settings.AdminPassword);

    public async Task<string> TokenAsync(string userName, string password) =>
        (await TokenRequests.PasswordAsync(Factory.CreateClient(), userName, password)).AccessToken;

    /// <summary>Creates a user (as the national admin) and returns a token of theirs.</summary>
    public async Task<string> UserTokenAsync(string role, string? region)
    {
        var userName = $"{role}-{region ?? "national"}-{Guid.NewGuid():N}"[..40];
        var admin = Factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AdminTokenAsync());
        using var created = await admin.PostAsJsonAsync("/api/identity/users",
            new { userName, password = Password, role, regionCode = region, institution = "Институция" });
        if (!created.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"User not created: {await created.Content.ReadAsStringAsync()}");
        }
        await AccountRequests.TakeOverAsync(Factory.CreateClient(), userName, Password);
        return await TokenAsync(userName, Password);
    }

    public async Task<string> ClientTokenAsync() =>
        (await TokenRequests.ClientCredentialsAsync(Factory.CreateClient(), IdentityHostSettings.DashboardClientId, Settings.DashboardSecret)).AccessToken;

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Settings.Database.DisposeAsync();
        Settings.Dispose();
    }
}

/// <summary>
/// One identity server for every test class of a test run that only needs tokens from it (Training's, Network's): each
/// user it makes has a name of its own, so no class sees another's, and starting one per class cost more than most of
/// those classes' tests. It lives as long as the test process; its database, as long as the throwaway test server.
/// </summary>
public static class SharedIdentityServer
{
    public static IdentityServer<TEntryPoint> Of<TEntryPoint>() where TEntryPoint : class => Holder<TEntryPoint>.Server.Value;

    private static class Holder<TEntryPoint> where TEntryPoint : class
    {
        public static readonly Lazy<IdentityServer<TEntryPoint>> Server = new(() => new IdentityServer<TEntryPoint>());
    }
}

public static class BearerClients
{
    /// <summary>The client, sending <paramref name="token"/> on every request.</summary>
    public static HttpClient WithToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
