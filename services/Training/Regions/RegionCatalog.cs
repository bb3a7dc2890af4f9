using Grpc.Core;
using Justice.Network.V1;

namespace Justice.Training.Regions;

/// <summary>Asks Network, the owner of the judicial regions, about a region.</summary>
public sealed class RegionCatalog(RegionDirectory.RegionDirectoryClient client)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <exception cref="RegionCatalogUnavailableException">Network could not answer.</exception>
    public async Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) =>
        await FindAsync(code, cancellationToken) is not null;

    /// <summary>The region, or null when Network knows no such region.</summary>
    /// <exception cref="RegionCatalogUnavailableException">Network could not answer.</exception>
    public async Task<Region?> FindAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetRegionAsync(new GetRegionRequest { Code = code },
                deadline: DateTime.UtcNow + Deadline, cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            return null;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal)
        {
            throw new RegionCatalogUnavailableException(ex);
        }
    }
}

public sealed class RegionCatalogUnavailableException(Exception inner)
    : Exception("The Network service could not confirm the judicial region.", inner);
