using System.Runtime.CompilerServices;
using Grpc.Core;
using Justice.Monitoring.V1;

namespace Justice.Dashboard;

/// <summary>
/// <c>justice.monitoring.v1.NationalDashboard</c> through the gateway, with the client's token on every call; its
/// failures told as <see cref="DashboardException"/>s.
/// </summary>
public sealed class IndicatorFeed(NationalDashboard.NationalDashboardClient client, TokenClient tokens, DashboardOptions options)
{
    /// <summary>Longer than the server's 5 s keepalive with room to spare: a stream silent this long is dead.</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromSeconds(15);

    /// <summary>The current figures, nationally and for the region asked for, as one initial update.</summary>
    public async Task<IndicatorUpdate> CurrentAsync(CancellationToken cancellationToken)
    {
        var headers = await HeadersAsync(cancellationToken);
        var update = new IndicatorUpdate { Initial = true };
        update.Sets.Add(await CallAsync(() => client.GetIndicatorsAsync(new GetIndicatorsRequest { Language = options.Language },
            headers, cancellationToken: cancellationToken).ResponseAsync));
        if (options.Region is { } region)
        {
            update.Sets.Add(await CallAsync(() => client.GetRegionAsync(new GetRegionRequest { RegionCode = region, Language = options.Language },
                headers, cancellationToken: cancellationToken).ResponseAsync));
        }
        return update;
    }

    /// <summary>The stream of updates, the current state first; ends (with a failure) when the stream breaks.</summary>
    public async IAsyncEnumerable<IndicatorUpdate> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new WatchIndicatorsRequest { Language = options.Language };
        if (options.Region is { } region)
        {
            request.RegionCodes.Add(region);
        }
        using var alive = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        alive.CancelAfter(Silence);
        using var call = client.WatchIndicators(request, await HeadersAsync(cancellationToken), cancellationToken: alive.Token);
        while (await CallAsync(() => call.ResponseStream.MoveNext(alive.Token)))
        {
            alive.CancelAfter(Silence);
            yield return call.ResponseStream.Current;
        }
        throw new DashboardException(FailureKind.Unreachable, Address); // the server ended a stream meant to last
    }

    private string Address => options.Grpc.GetLeftPart(UriPartial.Authority);

    private async Task<Metadata> HeadersAsync(CancellationToken cancellationToken) =>
        new() { { "Authorization", $"Bearer {await tokens.TokenAsync(cancellationToken)}" } };

    private async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RpcException e)
        {
            throw e.StatusCode switch
            {
                StatusCode.Unauthenticated or StatusCode.PermissionDenied => new DashboardException(FailureKind.Denied, options.ClientId, e),
                StatusCode.NotFound or StatusCode.InvalidArgument => new DashboardException(FailureKind.RegionUnknown, options.Region ?? "", e),
                _ => new DashboardException(FailureKind.Unreachable, Address, e),
            };
        }
    }
}
