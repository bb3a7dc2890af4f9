using Justice.Contracts;
using Grpc.Core;
using Justice.Network.Domain;
using Justice.Network.Reference;
using Justice.Network.V1;

namespace Justice.Network.Grpc;

/// <summary><c>justice.network.v1.RegionDirectory</c>: the regions for other services and national dashboards.</summary>
public sealed class RegionDirectoryService(JudicialRegions regions) : RegionDirectory.RegionDirectoryBase
{
    public override async Task<ListRegionsResponse> ListRegions(ListRegionsRequest request, ServerCallContext context)
    {
        var snapshot = await regions.CurrentAsync(context.CancellationToken);
        var response = new ListRegionsResponse();
        response.Regions.AddRange(snapshot.All.Select(ToMessage));
        return response;
    }

    public override async Task<Region> GetRegion(GetRegionRequest request, ServerCallContext context)
    {
        var region = await RegionArgument.KnownAsync(regions, request.Code, "code", context.CancellationToken);
        return ToMessage(region);
    }

    private static Region ToMessage(JudicialRegion region) => new()
    {
        Code = region.Code,
        NameBg = region.NameBg,
        NameEn = region.NameEn,
        NameFr = region.NameFr,
        Nuts3 = region.Nuts3,
        CourtBg = region.CourtBg,
        CourtEn = region.CourtEn,
    };
}
