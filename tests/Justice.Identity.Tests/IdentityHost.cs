using Justice.Identity;
using Justice.Testing;

namespace Justice.Identity.Tests;

/// <summary>The shared in-memory identity server, as an xunit class fixture.</summary>
public sealed class IdentityHost : IAsyncLifetime
{
    public IdentityServer<IdentityProgram> Server { get; private set; } = null!;
    public IdentityHostSettings Settings => Server.Settings;
    public ServiceFactory<IdentityProgram> Factory => Server.Factory;

    public HttpClient CreateClient() => Factory.CreateClient();

    /// <summary>A client signed in (password grant) as <paramref name="userName"/>.</summary>
    public async Task<HttpClient> ClientAsAsync(string userName, string password) =>
        CreateClient().WithToken(await Server.TokenAsync(userName, password));

    public Task InitializeAsync()
    {
        Server = new IdentityServer<IdentityProgram>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
