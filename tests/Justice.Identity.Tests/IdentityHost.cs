using Justice.Identity;
using Justice.Testing;

namespace Justice.Identity.Tests;

public sealed class IdentityHost : IAsyncLifetime
{
    public IdentityHostSettings Settings { get; } = new();
    public ServiceFactory<IdentityProgram> Factory { get; private set; } = null!;

    public HttpClient CreateClient() => Factory.CreateClient();

    public Task InitializeAsync()
    {
        Factory = new ServiceFactory<IdentityProgram>(Settings.Values);
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Settings.Database.DisposeAsync();
        Settings.Dispose();
    }
}
