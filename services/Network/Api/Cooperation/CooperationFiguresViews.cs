using Justice.Network.Domain.Cooperation;

namespace Justice.Network.Api.Cooperation;

/// <summary>The country's cooperation figures and every region's (all 28, by code).</summary>
public sealed record CooperationFiguresView(CooperationFigures National, IReadOnlyList<RegionCooperationFigures> Regions);

/// <summary>Cases counted, and the share of the closed ones on which cooperation was effective.</summary>
/// <param name="Open">Cases still open.</param>
/// <param name="Closed">Cases closed.</param>
/// <param name="Effective">Closed cases on which cooperation was effective (at least 5 of the 7 criteria met).</param>
/// <param name="EffectivePercent">Effective ÷ closed × 100, to one decimal; 0 when no case is closed.</param>
/// <param name="Target">The programme's target share of effective closed cases, in percent.</param>
/// <param name="MeetsTarget">Whether the share reaches the target; false while no case is closed.</param>
public sealed record CooperationFigures(int Open, int Closed, int Effective, double EffectivePercent, int Target, bool MeetsTarget)
{
    public static CooperationFigures From(CaseCounts counts) =>
        new(counts.Open, counts.Closed, counts.Effective, counts.EffectivePercent, CaseCounts.TargetPercent, counts.MeetsTarget);
}

/// <summary>One region's figures, which are also its territorial team's: a region has one team, working its cases.</summary>
/// <param name="Name">The region's name in the reader's language.</param>
/// <param name="TeamId">The region's territorial team; null while it has none.</param>
public sealed record RegionCooperationFigures(
    string RegionCode, string Name, Guid? TeamId,
    int Open, int Closed, int Effective, double EffectivePercent, int Target, bool MeetsTarget)
{
    public static RegionCooperationFigures From(string regionCode, string name, Guid? teamId, CaseCounts counts) =>
        new(regionCode, name, teamId, counts.Open, counts.Closed, counts.Effective, counts.EffectivePercent,
            CaseCounts.TargetPercent, counts.MeetsTarget);
}
