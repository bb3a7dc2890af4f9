namespace Justice.Contracts;

/// <summary>
/// The programme keeps Bulgaria's clock (Europe/Sofia): its days and months turn at midnight in Sofia, not in UTC, and
/// the times it shows people are Sofia's.
/// </summary>
public static class ProgrammeTime
{
    public static readonly TimeZoneInfo Sofia = TimeZoneInfo.FindSystemTimeZoneById("Europe/Sofia");

    /// <summary>The moment as a clock in Sofia shows it.</summary>
    public static DateTimeOffset InSofia(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Sofia);

    /// <summary>The day the moment falls on in Bulgaria.</summary>
    public static DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(InSofia(moment).DateTime);

    /// <summary>Today in Bulgaria by <paramref name="clock"/>: from midnight in Sofia, two or three hours before UTC's.</summary>
    public static DateOnly Today(TimeProvider clock) => Day(clock.GetUtcNow());
}
