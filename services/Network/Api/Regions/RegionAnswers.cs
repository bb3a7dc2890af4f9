using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Justice.Api;
using Justice.Network.Reference;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Justice.Network.Api.Regions;

/// <summary>
/// The public answers about the regions, each serialised once per language from the regions in memory and dropped with
/// them when the regions change, so a portal's every page load costs neither a query nor a serialisation.
/// </summary>
public sealed class RegionAnswers(JudicialRegions regions, IOptions<JsonOptions> json)
{
    /// <summary>Regions change with a release; a reader may keep an answer this long before asking whether it still holds.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConditionalWeakTable<RegionSnapshot, ConcurrentDictionary<string, object>> _built = [];

    /// <summary>Every region, in the reader's language.</summary>
    public async Task<CachedJson<RegionList>> ListAsync(CancellationToken cancellationToken)
    {
        var snapshot = await regions.CurrentAsync(cancellationToken);
        return Built(snapshot, "*", () => new RegionList([.. snapshot.All.Select(RegionView.From)], snapshot.All.Count));
    }

    /// <summary>The region a code names in any case, in the reader's language; null when none.</summary>
    public async Task<CachedJson<RegionView>?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var snapshot = await regions.CurrentAsync(cancellationToken);
        return snapshot.Find(code) is { } region ? Built(snapshot, region.Code, () => RegionView.From(region)) : null;
    }

    private CachedJson<T> Built<T>(RegionSnapshot snapshot, string subject, Func<T> view) =>
        (CachedJson<T>)_built.GetValue(snapshot, _ => new ConcurrentDictionary<string, object>(StringComparer.Ordinal))
            .GetOrAdd($"{subject}/{ReaderLanguage.Current}", _ => CachedJson.Of(view(), json.Value.SerializerOptions, MaxAge));
}
