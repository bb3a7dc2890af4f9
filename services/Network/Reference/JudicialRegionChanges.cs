using Justice.Network.Domain;
using Justice.Persistence;

namespace Justice.Network.Reference;

/// <summary>
/// Makes <see cref="JudicialRegions"/> read the regions again once a save that added, changed or removed one is
/// committed (not before: a read in between would keep the old ones).
/// </summary>
public sealed class JudicialRegionChanges(JudicialRegions regions) : CommittedChangesInterceptor<JudicialRegion>
{
    protected override void Committed() => regions.Invalidate();
}
