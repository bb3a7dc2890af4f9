using Justice.Assessment.Domain;

namespace Justice.Assessment.Tests.Rules;

/// <summary>An assessment not completed within N days (7 unless configured) of the first contact is overdue.</summary>
public sealed class AssessmentDeadlineTests
{
    private static readonly DateTimeOffset FirstContact = new(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData(6.9, null, false)]
    [InlineData(7.0, null, false)]
    [InlineData(7.01, null, true)]
    [InlineData(30.0, 6.0, false)] // completed in time, looked at later
    [InlineData(30.0, 8.0, false)] // completed late: no longer overdue, but late
    public void Open_past_the_default_seven_days_is_overdue(double daysNow, double? daysCompleted, bool overdue)
    {
        var completed = daysCompleted is { } d ? FirstContact.AddDays(d) : (DateTimeOffset?)null;

        Assert.Equal(overdue, AssessmentDeadline.IsOverdue(FirstContact, completed, FirstContact.AddDays(daysNow)));
    }

    [Theory]
    [InlineData(3, 2.5, false)]
    [InlineData(3, 3.5, true)]
    [InlineData(14, 10, false)]
    public void The_number_of_days_is_the_callers(int days, double daysNow, bool overdue) =>
        Assert.Equal(overdue, AssessmentDeadline.IsOverdue(FirstContact, null, FirstContact.AddDays(daysNow), days));

    [Fact]
    public void Late_completion_and_days_to_completion_are_counted_from_the_first_contact()
    {
        Assert.Equal(FirstContact.AddDays(7), AssessmentDeadline.DueBy(FirstContact));
        Assert.True(AssessmentDeadline.WasCompletedLate(FirstContact, FirstContact.AddDays(8)));
        Assert.False(AssessmentDeadline.WasCompletedLate(FirstContact, FirstContact.AddDays(7)));
        Assert.Equal(0, AssessmentDeadline.DaysToCompletion(FirstContact, FirstContact.AddHours(23)));
        Assert.Equal(5, AssessmentDeadline.DaysToCompletion(FirstContact, FirstContact.AddDays(5.5)));
    }

    [Fact]
    public void Nonsense_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentDeadline.DueBy(FirstContact, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentDeadline.DaysToCompletion(FirstContact, FirstContact.AddMinutes(-1)));
    }
}
