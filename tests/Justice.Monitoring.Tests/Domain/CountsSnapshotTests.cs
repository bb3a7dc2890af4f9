extern alias MonitoringService;

using MonitoringService::Justice.Monitoring.Domain;

namespace Justice.Monitoring.Tests.Domain;

/// <summary>A snapshot summed row by row as the rows are read: the nation, each region, and immutable once built.</summary>
public sealed class CountsSnapshotTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly April = new(2026, 4, 1);

    [Fact]
    public void Rows_added_one_at_a_time_sum_by_nation_region_month_and_breakdown()
    {
        var builder = new CountsSnapshot.Builder();
        builder.Add(new("BG-05", March, Measures.PractitionersTrained, "judge", 30));
        builder.Add(new("BG-05", April, Measures.PractitionersTrained, "judge", 4));
        builder.Add(new("BG-12", April, Measures.PractitionersTrained, "police", 19));
        builder.Add(new("", March, Measures.DecisionMakersTrained, "MJ", 5));

        var counts = builder.Build(DateTimeOffset.UnixEpoch);

        Assert.Equal(53, counts.National.Total(Measures.PractitionersTrained));
        Assert.Equal(34, counts.Region("BG-05").Total(Measures.PractitionersTrained));
        Assert.Equal(4, counts.Region("BG-05").InMonth(Measures.PractitionersTrained, April));
        Assert.Equal(23, counts.National.InMonth(Measures.PractitionersTrained, April));
        Assert.Equal(34, counts.National.ByDimension(Measures.PractitionersTrained)["judge"]);
        // A row without a region counts nationally only.
        Assert.Equal(5, counts.National.Total(Measures.DecisionMakersTrained));
        Assert.DoesNotContain(Measures.DecisionMakersTrained, counts.Region("BG-05").MeasuresCounted);
    }

    [Fact]
    public void A_builder_adds_nothing_to_a_snapshot_it_built()
    {
        var builder = new CountsSnapshot.Builder();
        builder.Add(new("BG-05", March, Measures.TeamsFormed, "", 1));
        var counts = builder.Build(DateTimeOffset.UnixEpoch);

        Assert.Throws<InvalidOperationException>(() => builder.Add(new("BG-05", March, Measures.TeamsFormed, "", 1)));
        Assert.Equal(1, counts.National.Total(Measures.TeamsFormed));
    }
}
