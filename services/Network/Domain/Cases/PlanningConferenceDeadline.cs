namespace Justice.Network.Domain.Cases;

/// <summary>
/// When a case's first planning conference is due (Barnahus standard 5): within the time <see cref="PlanningConferenceTimes"/>
/// allows the case's age group in its region, counted from the moment the case opened.
/// </summary>
public sealed class PlanningConferenceDeadline(PlanningConferenceTimes times)
{
    /// <summary>The time allowed for a case of <paramref name="ageGroup"/> (<c>child</c> or <c>adult</c>) in <paramref name="regionCode"/>.</summary>
    public TimeSpan Allowed(string regionCode, string ageGroup)
    {
        var child = !string.Equals(ageGroup, "adult", StringComparison.Ordinal);
        var regional = times.Regions.GetValueOrDefault(regionCode);
        return child ? regional?.Child ?? times.Child : regional?.Adult ?? times.Adult;
    }

    public DateTimeOffset DueBy(DateTimeOffset openedAt, string regionCode, string ageGroup) =>
        openedAt + Allowed(regionCode, ageGroup);

    public DateTimeOffset DueBy(CooperationCase @case) => DueBy(@case.OpenedAt, @case.RegionCode, @case.AgeGroup);

    /// <summary>
    /// Whether the due time is met: true when the first planning conference was held by it, false when held later or
    /// when none was held and it has passed at <paramref name="now"/>; null while none was held and time remains.
    /// </summary>
    public static bool? IsMet(DateTimeOffset dueBy, DateTimeOffset? firstHeldAt, DateTimeOffset now) =>
        firstHeldAt is { } held ? held <= dueBy
        : now > dueBy ? false
        : null;
}
