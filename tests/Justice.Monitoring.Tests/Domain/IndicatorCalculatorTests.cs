extern alias MonitoringService;

using MonitoringService::Justice.Monitoring.Domain;

namespace Justice.Monitoring.Tests.Domain;

/// <summary>Each indicator's arithmetic: values, targets (national, shared by roster size, fixed) and months.</summary>
public sealed class IndicatorCalculatorTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly April = new(2026, 4, 1);

    [Fact]
    public void National_values_are_the_counts_and_the_share_of_effective_closed_cases()
    {
        var counts = CountsSnapshot.Build(
        [
            new("BG-05", March, Measures.PractitionersTrained, "judge", 30),
            new("BG-05", April, Measures.PractitionersTrained, "police", 19),
            new("", March, Measures.DecisionMakersTrained, "MJ", 5),
            new("BG-05", March, Measures.TeamsFormed, "", 1),
            new("BG-12", April, Measures.TeamsFormed, "", 1),
            new("BG-12", April, Measures.VictimsAssessed, "child", 40),
            new("BG-05", March, Measures.CasesClosed, "resolved", 3),
            new("BG-12", April, Measures.CasesClosed, "resolved", 5),
            new("BG-05", March, Measures.CasesEffective, "resolved", 2),
            new("BG-12", April, Measures.CasesEffective, "resolved", 4),
            new("", April, Measures.EventParticipants, "conference", 250),
        ], DateTimeOffset.UnixEpoch);

        var national = IndicatorCalculator.National(counts).ToDictionary(i => i.Definition.Code);

        Assert.Equal((49, 980, 5.0), Of(national["practitioners-trained"]));
        Assert.Equal((5, 50, 10.0), Of(national["decision-makers-trained"]));
        Assert.Equal((2, 28, 7.1), Of(national["teams-formed"]));
        Assert.Equal((40, 400, 10.0), Of(national["victims-assessed"]));
        Assert.Equal((75, 75, 100.0), Of(national["effective-cooperation"]));
        Assert.Equal((250, 1000, 25.0), Of(national["event-participants"]));
    }

    [Fact]
    public void A_regions_targets_are_the_national_ones_shared_by_its_roster_or_fixed()
    {
        var counts = CountsSnapshot.Build(
        [
            new("BG-05", March, Measures.PractitionersRegistered, "judge", 30),
            new("BG-12", March, Measures.PractitionersRegistered, "judge", 90),
            new("BG-05", March, Measures.CasesClosed, "resolved", 4),
            new("BG-05", March, Measures.CasesEffective, "resolved", 1),
        ], DateTimeOffset.UnixEpoch);

        var region = IndicatorCalculator.Region(counts, "BG-05").ToDictionary(i => i.Definition.Code);

        Assert.Equal(245, region["practitioners-trained"].Target);
        Assert.Equal(100, region["victims-assessed"].Target);
        Assert.Equal(1, region["teams-formed"].Target);
        Assert.Equal((25, 75, 33.3), Of(region["effective-cooperation"]));
        Assert.DoesNotContain("decision-makers-trained", region.Keys);
    }

    [Fact]
    public void Without_registrations_each_region_shares_the_target_equally_unless_an_admin_set_one()
    {
        var region = IndicatorCalculator.Region(CountsSnapshot.Empty, "BG-05",
            new Dictionary<string, double> { ["victims-assessed"] = 12 }).ToDictionary(i => i.Definition.Code);

        Assert.Equal(35, region["practitioners-trained"].Target);
        Assert.Equal(12, region["victims-assessed"].Target);
        Assert.Equal(0, region["effective-cooperation"].Value);
        Assert.Equal(0, region["effective-cooperation"].PercentOfTarget);
    }

    [Fact]
    public void A_series_gives_each_months_own_figure_and_the_value_at_its_end()
    {
        var counts = CountsSnapshot.Build(
        [
            new("BG-05", March, Measures.CasesClosed, "resolved", 4),
            new("BG-05", March, Measures.CasesEffective, "resolved", 1),
            new("BG-05", April, Measures.CasesClosed, "resolved", 4),
            new("BG-05", April, Measures.CasesEffective, "resolved", 4),
            new("BG-05", April, Measures.TeamsFormed, "", 1),
        ], DateTimeOffset.UnixEpoch);

        var cooperation = IndicatorCalculator.Series(IndicatorCatalog.EffectiveCooperation, counts.Region("BG-05"), new(2026, 2, 1), April);
        var teams = IndicatorCalculator.Series(IndicatorCatalog.TeamsFormed, counts.National, March, new(2026, 5, 1));

        Assert.Equal([(0, 0), (25, 25), (100, 62.5)], cooperation.Select(p => (p.InMonth, p.Value)));
        Assert.Equal([0, 1, 1], teams.Select(p => p.Value));
        Assert.Equal([new DateOnly(2026, 2, 1), March, April], cooperation.Select(p => p.Month));
        // A series that starts later still carries what was counted before it in its values.
        Assert.Equal([(100, 62.5)], IndicatorCalculator.Series(IndicatorCatalog.EffectiveCooperation, counts.Region("BG-05"), April, April)
            .Select(p => (p.InMonth, p.Value)));
    }

    private static (double Value, double Target, double Percent) Of(IndicatorValue indicator) =>
        (indicator.Value, indicator.Target, indicator.PercentOfTarget);
}
