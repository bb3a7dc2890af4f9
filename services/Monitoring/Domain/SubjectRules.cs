namespace Justice.Monitoring.Domain;

/// <summary>Decides a subject's next state from its current one and an occurrence: pure, so order and repeats can be proven harmless.</summary>
public static class SubjectRules
{
    /// <summary>The subject's state after <paramref name="occurrence"/>; null when it does not change.</summary>
    /// <param name="current">Null for a subject not seen before.</param>
    public static SubjectState? Next(SubjectState? current, Occurrence occurrence)
    {
        var next = new SubjectState(occurrence.Placement, occurrence.OccurredAt);
        if (current is null)
        {
            return next;
        }
        var decides = occurrence.Rule switch
        {
            // Earliest: an occurrence that counts and is earlier than the one that placed the subject moves it; one
            // that does not count never un-counts what an earliest occurrence counted.
            SubjectRule.Earliest => occurrence.Placement is not null
                ? !current.Counts || IsBefore(occurrence.OccurredAt, occurrence.Placement, current)
                // Neither counts: the earlier one is kept, whatever came first.
                : !current.Counts && occurrence.OccurredAt < current.OccurredAt,
            // Latest: the later occurrence wins; at the same instant, the one that does not count (a revocation).
            SubjectRule.Latest => occurrence.OccurredAt > current.OccurredAt
                || (occurrence.OccurredAt == current.OccurredAt && WinsTie(occurrence.Placement, current.Placement)),
            _ => throw new ArgumentOutOfRangeException(nameof(occurrence), occurrence.Rule, "Unknown rule."),
        };
        return decides && next != current ? next : null;
    }

    /// <summary>Two occurrences at the same instant: one that does not count wins (a revocation), then the larger placement.</summary>
    private static bool WinsTie(Placement? incoming, Placement? current) => (incoming, current) switch
    {
        (null, not null) => true,
        (not null, not null) => Compare(incoming, current) > 0,
        _ => false,
    };

    private static bool IsBefore(DateTimeOffset occurredAt, Placement placement, SubjectState current) =>
        occurredAt < current.OccurredAt
        // At the same instant, an order that does not depend on arrival: the smaller placement.
        || (occurredAt == current.OccurredAt && Compare(placement, current.Placement!) < 0);

    private static int Compare(Placement left, Placement right)
    {
        var byMonth = left.Month.CompareTo(right.Month);
        if (byMonth != 0)
        {
            return byMonth;
        }
        var byRegion = string.CompareOrdinal(left.RegionCode, right.RegionCode);
        if (byRegion != 0)
        {
            return byRegion;
        }
        var byDimension = string.CompareOrdinal(left.Dimension, right.Dimension);
        return byDimension != 0 ? byDimension : left.Weight.CompareTo(right.Weight);
    }
}
