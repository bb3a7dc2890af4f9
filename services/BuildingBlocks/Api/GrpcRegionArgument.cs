using Grpc.Core;
using Justice.Contracts;

namespace Justice.Api;

/// <summary>
/// A judicial region code a gRPC caller sent, answered the same way by every service: INVALID_ARGUMENT naming the field
/// for a code of another shape, NOT_FOUND for a well-formed code of no region.
/// </summary>
public static class GrpcRegionArgument
{
    /// <summary>The code in canonical form (<c> bg-05</c> → <c>BG-05</c>), whether or not such a region exists.</summary>
    /// <exception cref="RpcException">INVALID_ARGUMENT naming <paramref name="field"/> for a code of another shape.</exception>
    public static string WellFormed(string requested, string field)
    {
        var code = JudicialRegionCode.Normalize(requested);
        return JudicialRegionCode.IsWellFormed(code)
            ? code
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"{field} must look like BG-05 (BG-01 … BG-28)."));
    }

    /// <summary>The answer for a well-formed <paramref name="code"/> of no region.</summary>
    public static RpcException NotFound(string code) => new(new Status(StatusCode.NotFound, $"No judicial region {code}."));
}
