using Justice.Assessment.Api.Assessments;
using Justice.Assessment.Api.Victims;
using Microsoft.Extensions.Time.Testing;

namespace Justice.Assessment.Tests.Victims;

/// <summary>A date "not in the future" is not after today in Bulgaria, whatever UTC's date.</summary>
public sealed class BulgarianDayRulesTests
{
    // Half past midnight on 16 March in Sofia (UTC+2), still the 15th in UTC.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 15, 22, 30, 0, TimeSpan.Zero));
    private static readonly DateOnly TodayInSofia = new(2027, 3, 16);

    [Fact]
    public void A_child_born_today_in_Sofia_can_be_registered_but_not_one_born_tomorrow()
    {
        var validator = new VictimPersonalFieldsValidator(_clock);

        Assert.True(validator.Validate(new VictimPersonalFields("Ива Петрова", TodayInSofia)).IsValid);
        Assert.False(validator.Validate(new VictimPersonalFields("Ива Петрова", TodayInSofia.AddDays(1))).IsValid);
    }

    [Fact]
    public void A_measure_applied_today_in_Sofia_is_accepted_and_tomorrow_refused()
    {
        var validator = new ApplyMeasureRequestValidator(_clock);

        Assert.True(validator.Validate(new ApplyMeasureRequest(true, TodayInSofia, "Районен съд Видин")).IsValid);
        Assert.Equal(["appliedOn"], validator.Validate(new ApplyMeasureRequest(true, TodayInSofia.AddDays(1), "Районен съд Видин"))
            .Errors.Select(error => error.PropertyName));
    }
}
