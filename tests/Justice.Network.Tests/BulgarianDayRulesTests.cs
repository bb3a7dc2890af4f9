extern alias NetworkService;

using Microsoft.Extensions.Time.Testing;
using NetworkService::Justice.Network.Api.Cases;
using NetworkService::Justice.Network.Api.Councils;

namespace Justice.Network.Tests;

/// <summary>"Not in the future" for a day means not after today in Bulgaria, whatever UTC's date.</summary>
public sealed class BulgarianDayRulesTests
{
    // Half past midnight on 16 March in Sofia (UTC+2), still the 15th in UTC.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 15, 22, 30, 0, TimeSpan.Zero));
    private static readonly DateOnly TodayInSofia = new(2027, 3, 16);

    [Fact]
    public void A_council_established_today_in_Sofia_is_accepted_and_tomorrow_refused()
    {
        var validator = new UpdateCouncilRequestValidator(_clock);

        Assert.True(validator.Validate(new UpdateCouncilRequest("Обществен съвет Видин", TodayInSofia)).IsValid);
        Assert.Equal(["establishedOn"], validator.Validate(new UpdateCouncilRequest("Обществен съвет Видин", TodayInSofia.AddDays(1)))
            .Errors.Select(error => error.PropertyName));
    }

    [Fact]
    public void A_plan_reviewed_today_in_Sofia_is_accepted_and_tomorrow_refused_even_where_tomorrow_has_begun()
    {
        var validator = new AddPlanReviewRequestValidator(_clock);
        Assert.True(validator.Validate(new AddPlanReviewRequest(TodayInSofia)).IsValid);

        // Noon on the 16th in Sofia: the 17th has begun in Kiribati (UTC+14), not in Bulgaria.
        _clock.SetUtcNow(new DateTimeOffset(2027, 3, 16, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(["reviewedOn"], validator.Validate(new AddPlanReviewRequest(TodayInSofia.AddDays(1)))
            .Errors.Select(error => error.PropertyName));
    }
}
