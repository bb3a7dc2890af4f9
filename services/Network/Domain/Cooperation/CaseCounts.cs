namespace Justice.Network.Domain.Cooperation;

/// <summary>
/// Cooperation cases of a region (or of the country) counted for the programme's figures: how many are open, how many
/// closed, and how many of the closed ones were effective, against the target share of <see cref="TargetPercent"/>.
/// </summary>
public readonly record struct CaseCounts(int Open, int Closed, int Effective)
{
    /// <summary>The programme's target: the share of closed cases with effective cooperation, in percent.</summary>
    public const int TargetPercent = 75;

    /// <summary>Effective ÷ closed × 100, to one decimal (halves away from zero); 0 when no case is closed.</summary>
    public double EffectivePercent =>
        Closed == 0 ? 0 : Math.Round(Effective * 100.0 / Closed, 1, MidpointRounding.AwayFromZero);

    /// <summary>Whether the exact share (not the rounded one) reaches the target; never while no case is closed.</summary>
    public bool MeetsTarget => Closed > 0 && Effective * 100L >= TargetPercent * (long)Closed;

    public static CaseCounts operator +(CaseCounts left, CaseCounts right) =>
        new(left.Open + right.Open, left.Closed + right.Closed, left.Effective + right.Effective);

    public static CaseCounts Add(CaseCounts left, CaseCounts right) => left + right;
}
