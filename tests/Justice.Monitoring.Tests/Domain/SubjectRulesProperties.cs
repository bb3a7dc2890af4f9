extern alias MonitoringService;

using FsCheck.Xunit;
using MonitoringService::Justice.Monitoring.Domain;

namespace Justice.Monitoring.Tests.Domain;

/// <summary>
/// A subject's final state depends on which occurrences arrived, never on their order or on repeats: what makes the
/// read model exactly-once under redelivered and reordered events.
/// </summary>
public sealed class SubjectRulesProperties
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 300)]
    public bool Order_and_repeats_do_not_change_a_subjects_final_state(int seed, bool latest)
    {
        var random = new Random(seed);
        var rule = latest ? SubjectRule.Latest : SubjectRule.Earliest;
        var occurrences = Enumerable.Range(0, random.Next(1, 7)).Select(_ => RandomOccurrence(random, rule)).ToList();
        var arrived = occurrences.Concat(occurrences.Where(_ => random.Next(3) == 0)).OrderBy(_ => random.Next()).ToList();

        return Equals(Fold(occurrences), Fold(arrived));
    }

    [Property(MaxTest = 300)]
    public bool A_holder_counts_from_the_earliest_valid_certificate_whatever_the_order(int seed)
    {
        var random = new Random(seed);
        var holder = Guid.NewGuid();
        var certificates = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Guid.NewGuid()).ToList();
        var occurrences = certificates.SelectMany(id => Enumerable.Range(0, random.Next(1, 3))
            .Select(_ => RandomOccurrence(random, SubjectRule.Latest) with { SubjectId = id, OwnerId = holder })).ToList();
        var arrived = occurrences.OrderBy(_ => random.Next()).ToList();

        return Equals(HolderAfter(occurrences), HolderAfter(arrived));
    }

    [Fact]
    public void Earliest_keeps_the_first_placement_and_moves_to_an_earlier_one()
    {
        var may = Occurrence(Start.AddMonths(2), "BG-05");
        var march = Occurrence(Start, "BG-05");

        var first = SubjectRules.Next(null, may)!;
        var moved = SubjectRules.Next(first, march)!;

        Assert.Null(SubjectRules.Next(moved, may));
        Assert.Equal(new DateOnly(2026, 3, 1), moved.Placement!.Month);
    }

    [Fact]
    public void Latest_lets_a_revocation_win_over_an_older_issue_that_arrives_after_it()
    {
        var issued = Occurrence(Start, "BG-05", SubjectRule.Latest);
        var revoked = issued with { Placement = null, OccurredAt = Start.AddDays(3) };

        var state = SubjectRules.Next(null, revoked)!;

        Assert.Null(SubjectRules.Next(state, issued));
        Assert.False(state.Counts);
    }

    [Fact]
    public void Earliest_never_uncounts_what_counted()
    {
        var counted = SubjectRules.Next(null, Occurrence(Start, "BG-05"))!;

        Assert.Null(SubjectRules.Next(counted, Occurrence(Start.AddDays(-1), "BG-05") with { Placement = null }));
    }

    private static SubjectState? Fold(IEnumerable<Occurrence> occurrences) =>
        occurrences.Aggregate((SubjectState?)null, (state, occurrence) => SubjectRules.Next(state, occurrence) ?? state);

    private static SubjectState? HolderAfter(IEnumerable<Occurrence> occurrences)
    {
        var certificates = new Dictionary<Guid, SubjectState>();
        foreach (var occurrence in occurrences)
        {
            if (SubjectRules.Next(certificates.GetValueOrDefault(occurrence.SubjectId), occurrence) is { } next)
            {
                certificates[occurrence.SubjectId] = next;
            }
        }
        return DerivedSubjects.HolderFrom(certificates.Values);
    }

    private static Occurrence RandomOccurrence(Random random, SubjectRule rule)
    {
        var at = Start.AddDays(random.Next(0, 4) * 20).AddMinutes(random.Next(0, 2));
        Placement? placement = random.Next(4) == 0
            ? null
            : new Placement($"BG-0{random.Next(1, 4)}", ProgrammeMonth.Of(at), random.Next(2) == 0 ? "judge" : "police", random.Next(1, 3));
        return new Occurrence(Measures.Certificates, Guid.Empty, placement, at, rule);
    }

    private static Occurrence Occurrence(DateTimeOffset at, string region, SubjectRule rule = SubjectRule.Earliest) =>
        new(Measures.VictimsAssessed, Guid.Empty, new Placement(region, ProgrammeMonth.Of(at), "child"), at, rule);
}
