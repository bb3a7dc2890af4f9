using Justice.Security;

namespace Justice.Publicity.Tests.Publications;

/// <summary>
/// A <see cref="PublicityHost"/> with one client per caller of the access matrices, made once: every role of the
/// programme (regional ones of BG-05) with a real token, and an anonymous caller.
/// </summary>
public sealed class MatrixHost : IAsyncLifetime
{
    public const string Anonymous = "anonymous";

    public static readonly string[] Callers =
    [
        Roles.NationalAdmin, Roles.PublicityEditor, Roles.RegionalCoordinator, Roles.Practitioner, Roles.Trainer, Roles.Evaluator, Anonymous,
    ];

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public PublicityHost Host { get; } = new();

    public async Task<HttpClient> ClientAsync(string caller)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_clients.TryGetValue(caller, out var client))
            {
                client = caller == Anonymous
                    ? Host.CreateClient()
                    : await Host.ClientAsync(caller, Roles.IsNational(caller) ? null : "BG-05");
                _clients[caller] = client;
            }
            return client;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Host.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        _gate.Dispose();
        await Host.DisposeAsync();
    }
}
