using System.Collections.Frozen;
using Justice.Contracts;
using Justice.Network.Data;
using Justice.Network.Domain;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Reference;

/// <summary>
/// The judicial regions held in memory: read from the database on first use, and again after a save that changed one
/// (<see cref="JudicialRegionChanges"/>). Regions are reference data that migrations change, and migrations run before
/// the service listens, so no process serves regions older than its database while reading them costs no query.
/// </summary>
public sealed class JudicialRegions(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly Lock _gate = new();
    private RegionSnapshot? _current;
    private long _version;

    /// <summary>The regions as the database holds them now.</summary>
    public async ValueTask<RegionSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } current)
        {
            return current;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            return Volatile.Read(ref _current) ?? await LoadAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Forgets the regions: the next read loads them again.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _version++;
            _current = null;
        }
    }

    public void Dispose() => _loading.Dispose();

    private async Task<RegionSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var version = Interlocked.Read(ref _version);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var loaded = new RegionSnapshot(await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken));
        lock (_gate)
        {
            // A change saved while this load read is not in it: keep it for this caller only.
            if (_version == version)
            {
                _current = loaded;
            }
        }
        return loaded;
    }
}

/// <summary>The regions as one read found them, ordered by code.</summary>
public sealed class RegionSnapshot(IReadOnlyList<JudicialRegion> all)
{
    private readonly FrozenDictionary<string, JudicialRegion> _byCode = all.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

    public IReadOnlyList<JudicialRegion> All { get; } = all;

    /// <summary>The region a code names in any case (<c>bg-05</c>), or null.</summary>
    public JudicialRegion? Find(string? code) =>
        code is not null && _byCode.TryGetValue(JudicialRegionCode.Normalize(code), out var region) ? region : null;
}
