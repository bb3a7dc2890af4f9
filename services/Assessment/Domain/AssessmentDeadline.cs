namespace Justice.Assessment.Domain;

/// <summary>
/// The timeliness of an assessment (Art. 22(1) asks for a timely one): it is due within a number of days of the
/// first contact with the victim, <see cref="DefaultDays"/> unless the caller configures another number.
/// </summary>
public static class AssessmentDeadline
{
    public const int DefaultDays = 7;

    public static DateTimeOffset DueBy(DateTimeOffset firstContact, int days = DefaultDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return firstContact.AddDays(days);
    }

    /// <summary>Not completed, and the due time has passed at <paramref name="now"/>.</summary>
    public static bool IsOverdue(DateTimeOffset firstContact, DateTimeOffset? completedAt, DateTimeOffset now, int days = DefaultDays) =>
        completedAt is null && now > DueBy(firstContact, days);

    /// <summary>Completed, but after the due time.</summary>
    public static bool WasCompletedLate(DateTimeOffset firstContact, DateTimeOffset completedAt, int days = DefaultDays) =>
        completedAt > DueBy(firstContact, days);

    /// <summary>Whole days from the first contact to completion (0 on the same day's 24 hours).</summary>
    public static int DaysToCompletion(DateTimeOffset firstContact, DateTimeOffset completedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(completedAt, firstContact);
        return (int)(completedAt - firstContact).TotalDays;
    }
}
