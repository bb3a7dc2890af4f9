extern alias MonitoringService;

using MonitoringService::Justice.Monitoring.Domain;

namespace Justice.Monitoring.Tests.Domain;

/// <summary>The months a time series covers: defaults, bad values named by field, and the ten-year bound.</summary>
public sealed class MonthSpanTests
{
    private static readonly DateOnly ThisMonth = new(2026, 12, 1);

    [Fact]
    public void Absent_bounds_mean_the_year_up_to_this_month()
    {
        var (span, field, _) = MonthSpan.Read(null, "", ThisMonth);

        Assert.Null(field);
        Assert.Equal(new MonthSpan(new(2026, 1, 1), ThisMonth), span);
    }

    [Fact]
    public void An_absent_start_is_eleven_months_before_the_given_end()
    {
        var (span, _, _) = MonthSpan.Read(" ", "2025-03", ThisMonth);

        Assert.Equal(new MonthSpan(new(2024, 4, 1), new(2025, 3, 1)), span);
    }

    [Theory]
    [InlineData("2026-13", "2026-12", "from")]
    [InlineData("2026-01", "December", "to")]
    [InlineData("2026-05", "2026-04", "to")]
    [InlineData("2016-12", "2026-12", "from")]
    public void A_bad_span_names_its_field_and_gives_no_span(string from, string to, string expectedField)
    {
        var (span, field, error) = MonthSpan.Read(from, to, ThisMonth);

        Assert.Null(span);
        Assert.Equal(expectedField, field);
        Assert.NotNull(error);
        Assert.All([error.Bg, error.En, error.Fr], text => Assert.False(string.IsNullOrWhiteSpace(text)));
    }

    [Fact]
    public void Ten_years_to_the_month_is_the_longest_span()
    {
        var (span, _, _) = MonthSpan.Read("2017-01", "2026-12", ThisMonth);

        Assert.Equal(MonthSpan.MaxMonths, (span!.To.Year - span.From.Year) * 12 + span.To.Month - span.From.Month + 1);
    }
}
