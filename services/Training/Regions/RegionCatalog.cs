using System.Collections.Frozen;
using Grpc.Core;
using Grpc.Net.ClientFactory;
using Justice.Contracts;
using Justice.Network.V1;

namespace Justice.Training.Regions;

/// <summary>
/// The judicial regions as Network, their owner, lists them, held in memory so that checking a region costs no call.
/// The list is fetched on first use, and again when it is older than <see cref="MaxAge"/> or a code is not in it (a
/// region Network added since) — but never more than once per <see cref="RefreshSpacing"/>, so codes that name no
/// region cannot make every request call Network. While Network cannot answer, the list held stays in use; only when
/// none was ever fetched does a lookup fail.
/// </summary>
/// <remarks>
/// A fetch is made within the request that needs it, with its caller's token: Training has no identity of its own to
/// call Network with, so an aged list is fetched again by its next reader rather than by a timer.
/// </remarks>
public sealed partial class RegionCatalog(GrpcClientFactory clients, TimeProvider clock, ILogger<RegionCatalog> logger)
    : IDisposable
{
    /// <summary>How long a list is used before its next reader fetches it again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>The least time between two fetches once a list is held, whatever asks for them.</summary>
    public static readonly TimeSpan RefreshSpacing = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private volatile HeldRegions? _held;
    private long _lastAttemptTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <exception cref="RegionCatalogUnavailableException">No list is held and Network could not give one.</exception>
    public async Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) =>
        await FindAsync(code, cancellationToken) is not null;

    /// <summary>The region a code names, in any case; null when Network knows no such region.</summary>
    /// <exception cref="RegionCatalogUnavailableException">No list is held and Network could not give one.</exception>
    public async Task<Region?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = JudicialRegionCode.Normalize(code);
        if (!JudicialRegionCode.IsWellFormed(normalized))
        {
            return null; // Network names no region of another shape: not worth a fetch.
        }
        var held = _held;
        if (held is null || (held.FetchedAt + MaxAge <= clock.GetUtcNow() && MayFetch()))
        {
            held = await FetchAsync(held, cancellationToken);
        }
        if (held.Find(normalized) is { } region)
        {
            return region;
        }
        return MayFetch() ? (await FetchAsync(held, cancellationToken)).Find(normalized) : null;
    }

    public void Dispose() => _fetching.Dispose();

    private bool MayFetch() => clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastAttemptTicks) >= RefreshSpacing.Ticks;

    /// <summary>
    /// Fetches the list in place of <paramref name="seen"/>, one fetch at a time: a caller who waited for another's
    /// fetch takes its result instead of fetching again.
    /// </summary>
    private async Task<HeldRegions> FetchAsync(HeldRegions? seen, CancellationToken cancellationToken)
    {
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            var held = _held;
            if (!ReferenceEquals(held, seen) || (held is not null && !MayFetch()))
            {
                return held!;
            }
            var now = clock.GetUtcNow();
            Interlocked.Exchange(ref _lastAttemptTicks, now.UtcTicks);
            try
            {
                // A client per fetch: one kept for the process would keep its connection past the factory's handler rotation.
                var client = clients.CreateClient<RegionDirectory.RegionDirectoryClient>(nameof(RegionDirectory.RegionDirectoryClient));
                var response = await client.ListRegionsAsync(new ListRegionsRequest(),
                    deadline: DateTime.UtcNow + Deadline, cancellationToken: cancellationToken);
                return _held = new HeldRegions(response.Regions, now);
            }
            catch (RpcException ex) when (ex.StatusCode is not StatusCode.Cancelled)
            {
                if (held is null)
                {
                    throw new RegionCatalogUnavailableException(ex);
                }
                LogKeptList(logger, ex.StatusCode, held.Count, held.FetchedAt);
                return held;
            }
        }
        finally
        {
            _fetching.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Network could not list the judicial regions ({Status}); the {Count} regions fetched at {FetchedAt} stay in use")]
    private static partial void LogKeptList(ILogger logger, StatusCode status, int count, DateTimeOffset fetchedAt);

    /// <summary>One list as Network gave it, by code.</summary>
    private sealed class HeldRegions(IEnumerable<Region> regions, DateTimeOffset fetchedAt)
    {
        private readonly FrozenDictionary<string, Region> _byCode = regions.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

        public DateTimeOffset FetchedAt { get; } = fetchedAt;

        public int Count => _byCode.Count;

        public Region? Find(string code) => _byCode.GetValueOrDefault(code);
    }
}

public sealed class RegionCatalogUnavailableException(Exception inner)
    : Exception("The Network service could not confirm the judicial region.", inner);
