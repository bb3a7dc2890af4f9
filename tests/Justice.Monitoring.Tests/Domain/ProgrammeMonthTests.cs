extern alias MonitoringService;

using MonitoringService::Justice.Monitoring.Domain;

namespace Justice.Monitoring.Tests.Domain;

public sealed class ProgrammeMonthTests
{
    [Theory]
    [InlineData("2026-05-31T21:30:00Z", "2026-06")] // 00:30 on 1 June in Sofia (summer time, UTC+3)
    [InlineData("2026-05-31T20:59:00Z", "2026-05")]
    [InlineData("2026-12-31T22:00:00Z", "2027-01")] // winter time, UTC+2
    public void Months_are_Bulgarias(string moment, string month) =>
        Assert.Equal(month, ProgrammeMonth.Format(ProgrammeMonth.Of(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-5")]
    [InlineData("May 2026")]
    [InlineData("")]
    public void Only_a_year_and_month_is_a_month(string text) => Assert.False(ProgrammeMonth.TryParse(text, out _));
}
