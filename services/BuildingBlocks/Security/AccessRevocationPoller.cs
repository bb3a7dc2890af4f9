using System.Net.Http.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Justice.Security;

/// <summary>
/// Reads the identity service's list of revoked access every <see cref="Interval"/> into <see cref="AccessRevocations"/>,
/// so a demoted, disabled or signed-out user's access tokens stop working within that time, not when they expire.
/// </summary>
/// <remarks>
/// When the identity service cannot be reached, the last list stays in force and every failed read is logged as a
/// warning: refusing every token instead would turn an identity outage into an outage of every service, and the list
/// only ever matters for 10 minutes. Until the first read succeeds no token is refused for revocation.
/// </remarks>
public sealed partial class AccessRevocationPoller(AccessRevocations revocations, IHttpClientFactory clients,
    TimeProvider time, ILogger<AccessRevocationPoller> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await ReadAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ReadAsync(CancellationToken cancel)
    {
        try
        {
            var client = clients.CreateClient(JwtAuthentication.IdentityClientName);
            var revoked = await client.GetFromJsonAsync<RevokedAccess[]>(AccessRevocations.Path.TrimStart('/'), cancel);
            revocations.Replace(revoked ?? [], time.GetUtcNow());
        }
        catch (Exception error) when (!cancel.IsCancellationRequested)
        {
            // Whatever failed (network, timeout, a body that is not the list), the poller lives on to try again.
            LogUnreachable(logger, error.GetType().Name, revocations.ReadAt);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The identity service's access revocations could not be read ({Error}); the list read at {ReadAt} stays in force")]
    private static partial void LogUnreachable(ILogger logger, string error, DateTimeOffset? readAt);
}
