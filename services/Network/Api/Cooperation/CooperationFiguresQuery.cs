using Justice.Network.Data;
using Justice.Network.Domain.Cooperation;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Cooperation;

/// <summary>
/// Cooperation cases counted by region from what each case stores (open or closed, and whether it was effective when
/// it closed): the one count behind the REST figures, the directory's figures and the meter's gauge.
/// </summary>
public static class CooperationFiguresQuery
{
    /// <summary>Counts by region code; a region without cases has no entry. <paramref name="regionCode"/> limits them to one region.</summary>
    public static async Task<IReadOnlyDictionary<string, CaseCounts>> ByRegionAsync(NetworkDbContext db, string? regionCode,
        CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking();
        if (regionCode is not null)
        {
            cases = cases.Where(c => c.RegionCode == regionCode);
        }
        var rows = await cases.GroupBy(c => c.RegionCode)
            .Select(g => new
            {
                Region = g.Key,
                Open = g.Count(c => c.ClosedAt == null),
                Closed = g.Count(c => c.ClosedAt != null),
                Effective = g.Count(c => c.ClosedAt != null && c.Effective),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Region, r => new CaseCounts(r.Open, r.Closed, r.Effective), StringComparer.Ordinal);
    }

    /// <summary>The country's totals.</summary>
    public static CaseCounts National(IReadOnlyDictionary<string, CaseCounts> byRegion) =>
        byRegion.Values.Aggregate(default(CaseCounts), (total, region) => total + region);
}
