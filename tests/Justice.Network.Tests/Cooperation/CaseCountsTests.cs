extern alias NetworkService;

using NetworkService::Justice.Network.Domain.Cooperation;

namespace Justice.Network.Tests.Cooperation;

/// <summary>The share of effective closed cases and the 75% target, from counts alone.</summary>
public sealed class CaseCountsTests
{
    [Theory]
    [InlineData(0, 0, 0.0, false)]
    [InlineData(2, 1, 50.0, false)]
    [InlineData(3, 1, 33.3, false)]
    [InlineData(3, 2, 66.7, false)]
    [InlineData(4, 3, 75.0, true)]
    [InlineData(8, 8, 100.0, true)]
    [InlineData(5, 0, 0.0, false)]
    // 74.96% shows as 75.0 but does not reach the target.
    [InlineData(2500, 1874, 75.0, false)]
    [InlineData(2000, 1501, 75.1, true)]
    public void The_effective_share_is_rounded_to_one_decimal_and_the_target_is_judged_on_the_exact_share(
        int closed, int effective, double percent, bool meets)
    {
        var counts = new CaseCounts(Open: 7, Closed: closed, Effective: effective);

        Assert.Equal(percent, counts.EffectivePercent);
        Assert.Equal(meets, counts.MeetsTarget);
    }

    [Fact]
    public void Counts_add_up_field_by_field()
    {
        Assert.Equal(new CaseCounts(3, 5, 2), new CaseCounts(1, 2, 1) + new CaseCounts(2, 3, 1));
    }

    [Fact]
    public void The_target_is_75_percent()
    {
        Assert.Equal(75, CaseCounts.TargetPercent);
    }
}
