using Grpc.Core;
using Justice.Contracts;
using Justice.Network.Domain;
using Justice.Network.Reference;

namespace Justice.Network.Grpc;

/// <summary>A region code a gRPC caller sent, checked the same way by every directory: its shape, then that it is known.</summary>
internal static class RegionArgument
{
    /// <summary>The region <paramref name="requested"/> names, in any case.</summary>
    /// <exception cref="RpcException">INVALID_ARGUMENT naming <paramref name="field"/> for a code of another shape; NOT_FOUND for an unknown region.</exception>
    public static async Task<JudicialRegion> KnownAsync(JudicialRegions regions, string requested, string field,
        CancellationToken cancellationToken)
    {
        var code = JudicialRegionCode.Normalize(requested);
        if (!JudicialRegionCode.IsWellFormed(code))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"{field} must look like BG-05 (BG-01 … BG-28)."));
        }
        return (await regions.CurrentAsync(cancellationToken)).Find(code)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No judicial region {code}."));
    }
}
