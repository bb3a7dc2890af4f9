using Grpc.Core;
using Justice.Api;
using Justice.Network.Domain;
using Justice.Network.Reference;

namespace Justice.Network.Grpc;

/// <summary>A region code a gRPC caller sent, checked against the regions Network holds (<see cref="GrpcRegionArgument"/>).</summary>
internal static class RegionArgument
{
    /// <summary>The region <paramref name="requested"/> names, in any case.</summary>
    /// <exception cref="RpcException">INVALID_ARGUMENT naming <paramref name="field"/> for a code of another shape; NOT_FOUND for an unknown region.</exception>
    public static async Task<JudicialRegion> KnownAsync(JudicialRegions regions, string requested, string field,
        CancellationToken cancellationToken)
    {
        var code = GrpcRegionArgument.WellFormed(requested, field);
        return (await regions.CurrentAsync(cancellationToken)).Find(code) ?? throw GrpcRegionArgument.NotFound(code);
    }
}
