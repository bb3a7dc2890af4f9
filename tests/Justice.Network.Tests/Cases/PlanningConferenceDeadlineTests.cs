extern alias NetworkService;

using Microsoft.Extensions.Time.Testing;
using NetworkService::Justice.Network.Domain.Cases;

namespace Justice.Network.Tests.Cases;

/// <summary>The due time of a case's first planning conference: a child's 24 hours, an adult's 5 days, a region's own.</summary>
public sealed class PlanningConferenceDeadlineTests
{
    private static readonly DateTimeOffset OpenedAt = new(2027, 3, 15, 22, 30, 0, TimeSpan.Zero);

    private static readonly PlanningConferenceDeadline Deadline = new(new PlanningConferenceTimes
    {
        Regions = new Dictionary<string, RegionalConferenceTimes>(StringComparer.Ordinal)
        {
            ["BG-05"] = new() { Child = TimeSpan.FromHours(2), Adult = TimeSpan.FromHours(2) },
            ["BG-22"] = new() { Child = TimeSpan.FromHours(12) },
        },
    });

    [Theory]
    [InlineData("BG-07", "child", 24)]
    [InlineData("BG-07", "adult", 120)]
    [InlineData("BG-05", "child", 2)]
    [InlineData("BG-05", "adult", 2)]
    [InlineData("BG-22", "child", 12)]
    [InlineData("BG-22", "adult", 120)]
    public void The_time_allowed_depends_on_the_age_group_and_the_region(string region, string ageGroup, int hours)
    {
        Assert.Equal(TimeSpan.FromHours(hours), Deadline.Allowed(region, ageGroup));
        Assert.Equal(OpenedAt.AddHours(hours), Deadline.DueBy(OpenedAt, region, ageGroup));
    }

    [Fact]
    public void The_defaults_are_24_hours_for_a_child_and_5_days_for_an_adult()
    {
        var defaults = new PlanningConferenceDeadline(new CaseOptions().PlanningConference);

        Assert.Equal(TimeSpan.FromHours(24), defaults.Allowed("BG-05", "child"));
        Assert.Equal(TimeSpan.FromDays(5), defaults.Allowed("BG-05", "adult"));
    }

    [Fact]
    public void A_case_is_due_from_its_own_opening_region_and_age_group()
    {
        var @case = new CooperationCase
        {
            Id = Guid.NewGuid(), VictimId = Guid.NewGuid(), RegionCode = "BG-05", AgeGroup = "adult", Source = CooperationCase.Manual,
            OpenedAt = OpenedAt,
        };

        Assert.Equal(OpenedAt.AddHours(2), Deadline.DueBy(@case));
    }

    [Fact]
    public void Held_on_the_due_time_is_met_and_a_tick_later_is_not()
    {
        var due = Deadline.DueBy(OpenedAt, "BG-07", "child");

        Assert.True(PlanningConferenceDeadline.IsMet(due, due, due.AddDays(10)));
        Assert.False(PlanningConferenceDeadline.IsMet(due, due.AddTicks(1), due.AddDays(10)));
        Assert.True(PlanningConferenceDeadline.IsMet(due, OpenedAt, OpenedAt));
    }

    [Fact]
    public void Without_a_conference_it_is_undecided_until_the_due_time_passes()
    {
        var clock = new FakeTimeProvider(OpenedAt);
        var due = Deadline.DueBy(OpenedAt, "BG-07", "child");

        var atOpening = PlanningConferenceDeadline.IsMet(due, null, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromHours(24));
        var atDue = PlanningConferenceDeadline.IsMet(due, null, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = PlanningConferenceDeadline.IsMet(due, null, clock.GetUtcNow());

        Assert.Null(atOpening);
        Assert.Null(atDue);
        Assert.False(after);
    }

    [Fact]
    public void Times_that_are_not_positive_are_refused_by_the_options()
    {
        var zero = new CaseOptions { PlanningConference = new() { Child = TimeSpan.Zero } };
        var negativeRegion = new CaseOptions();
        negativeRegion.PlanningConference.Regions["BG-05"] = new() { Adult = TimeSpan.FromHours(-1) };

        Assert.True(new CaseOptions().HasPositiveTimes());
        Assert.False(zero.HasPositiveTimes());
        Assert.False(negativeRegion.HasPositiveTimes());
    }
}
