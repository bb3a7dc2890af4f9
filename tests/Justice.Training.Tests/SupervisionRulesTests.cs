using Justice.Training.Api.Supervision;
using Microsoft.Extensions.Time.Testing;

namespace Justice.Training.Tests;

/// <summary>The content rules of a supervision record, against a clock of the test's own.</summary>
public sealed class SupervisionRulesTests
{
    // Half past midnight on 16 March in Sofia (UTC+2), still the 15th in UTC: the day is Bulgaria's.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 15, 22, 30, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2027, 3, 16);

    private static RecordSupervisionRequest Held(DateOnly heldOn) =>
        new("BG-05", heldOn, "Мила Ненова", [Guid.NewGuid()], 2, ["C1", "C4"]);

    private IEnumerable<string> Fields(RecordSupervisionRequest request) =>
        new RecordSupervisionRequestValidator(_clock).Validate(request).Errors.Select(error => error.PropertyName).Distinct();

    [Fact]
    public void Supervision_held_today_or_before_is_recorded()
    {
        Assert.Empty(Fields(Held(Today)));
        Assert.Empty(Fields(Held(Today.AddYears(-1))));
    }

    [Fact]
    public void Supervision_of_tomorrow_is_refused_until_the_day_has_come()
    {
        var tomorrow = Held(Today.AddDays(1));
        var refused = Fields(tomorrow);
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(["heldOn"], refused);
        Assert.Empty(Fields(tomorrow));
    }

    [Fact]
    public void Each_bad_field_is_named()
    {
        var request = new RecordSupervisionRequest("BG-5", Today, " ", [], 1001, [null!, "C9"]);

        Assert.Equal(["casesDiscussed", "competencies", "competencies[0]", "practitionerIds", "regionCode", "supervisor"],
            Fields(request).Order(StringComparer.Ordinal));
    }
}
