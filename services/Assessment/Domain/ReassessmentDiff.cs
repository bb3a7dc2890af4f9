using System.Text.Json.Serialization;

namespace Justice.Assessment.Domain;

/// <summary>One version of a victim's assessment: its number, its facts and the outcome recorded with them.</summary>
public sealed record AssessmentVersion(int Version, AssessmentFacts Facts, AssessmentOutcome Outcome);

/// <summary>How an item differs between two versions.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>
/// One difference: the field (a facts path such as <c>severity</c>, a risk code, or a need or measure code), what
/// happened to it, and its value before and after (null when it was absent).
/// </summary>
public sealed record Change(string Field, ChangeKind Kind, string? Before, string? After);

/// <summary>What changed between two versions of an assessment (Art. 22(7)), section by section.</summary>
/// <param name="Facts">Changed scalar facts; for the lists (crime categories, declined measures) one change per code added or removed.</param>
/// <param name="Risks">Per risk code its level (before, after); <c>code.reason</c> when only the reason changed.</param>
/// <param name="Needs">Specific protection needs, their clauses, the required depth, and support needs added or removed.</param>
/// <param name="Measures">Per measure code its status (Recommended, Declined) added, removed or changed.</param>
public sealed record AssessmentDiff(int FromVersion, int ToVersion, IReadOnlyList<Change> Facts, IReadOnlyList<Change> Risks,
    IReadOnlyList<Change> Needs, IReadOnlyList<Change> Measures)
{
    public bool IsEmpty => Facts.Count == 0 && Risks.Count == 0 && Needs.Count == 0 && Measures.Count == 0;
}

/// <summary>Compares any two versions of an assessment (Art. 22(7): it is updated when its basis changes).</summary>
public static class ReassessmentDiff
{
    public static AssessmentDiff Between(AssessmentVersion from, AssessmentVersion to)
    {
        var facts = Compare(Scalars(from.Facts), Scalars(to.Facts))
            .Concat(CompareSets("crimeCategories", from.Facts.CrimeCategories, to.Facts.CrimeCategories))
            .Concat(CompareSets("wishes.declinedMeasures", from.Facts.Wishes.DeclinedMeasures, to.Facts.Wishes.DeclinedMeasures))
            .ToList();
        var needs = Compare(NeedScalars(from.Outcome), NeedScalars(to.Outcome))
            .Concat(CompareSets("protectionNeeds", Clauses(from.Outcome), Clauses(to.Outcome)))
            .Concat(Compare(Statuses(from.Outcome.SupportNeeds), Statuses(to.Outcome.SupportNeeds)))
            .ToList();
        return new AssessmentDiff(from.Version, to.Version, facts, CompareRisks(from.Facts, to.Facts), needs,
            Compare(Statuses(from.Outcome.Measures), Statuses(to.Outcome.Measures)));
    }

    private static List<(string Field, string Value)> Scalars(AssessmentFacts facts)
    {
        var values = new List<(string, string)>
        {
            ("ageGroup", facts.AgeGroup.ToString()),
            ("agePresumed", Flag(facts.AgePresumed)),
            ("sex", facts.Sex.ToString()),
            ("severity", facts.Severity.ToString()),
            ("depth", facts.Depth.ToString()),
            ("characteristics.disability", Flag(facts.Characteristics.Disability)),
            ("characteristics.communicationNeeds", Flag(facts.Characteristics.CommunicationNeeds)),
            ("characteristics.residesAbroad", Flag(facts.Characteristics.ResidesAbroad)),
            ("circumstances.relationship", facts.Circumstances.Relationship.ToString()),
            ("circumstances.dependentOnOffender", Flag(facts.Circumstances.DependentOnOffender)),
            ("circumstances.repeatOffending", Flag(facts.Circumstances.RepeatOffending)),
            ("circumstances.place", facts.Circumstances.Place.ToString()),
            ("wishes.sameSexInterviewer", Flag(facts.Wishes.SameSexInterviewer)),
        };
        if (facts.Child is { } child)
        {
            values.Add(("child.legalRepresentativePresent", Flag(child.LegalRepresentativePresent)));
            values.Add(("child.conflictOfInterestWithParents", Flag(child.ConflictOfInterestWithParents)));
            values.Add(("child.unaccompaniedOrSeparated", Flag(child.UnaccompaniedOrSeparated)));
            values.Add(("child.familySituation", child.FamilySituation.ToString()));
        }
        return values;
    }

    private static List<(string Field, string Value)> NeedScalars(AssessmentOutcome outcome) =>
    [
        ("specificProtectionNeeds", Flag(outcome.HasSpecificProtectionNeeds)),
        ("requiredDepth", outcome.RequiredDepth.ToString()),
    ];

    private static List<string> Clauses(AssessmentOutcome outcome) => outcome.ProtectionNeeds.Select(n => n.Clause).ToList();

    private static List<(string Field, string Value)> Statuses(IReadOnlyList<Recommendation> recommendations) =>
        recommendations.Select(r => (r.Code, r.Status.ToString())).ToList();

    private static List<Change> CompareRisks(AssessmentFacts from, AssessmentFacts to)
    {
        var changes = Compare(
            from.Risks.Select(r => (r.Risk, r.Level.ToString())).ToList(),
            to.Risks.Select(r => (r.Risk, r.Level.ToString())).ToList());
        foreach (var before in from.Risks)
        {
            var after = to.Risks.FirstOrDefault(r => r.Risk == before.Risk);
            if (after is not null && after.Level == before.Level && !string.Equals(after.Reason, before.Reason, StringComparison.Ordinal))
            {
                changes.Add(new($"{before.Risk}.reason", ChangeKind.Changed, before.Reason, after.Reason));
            }
        }
        return changes;
    }

    /// <summary>Keyed values compared: changed, removed and added keys, in the order they first appear.</summary>
    private static List<Change> Compare(List<(string Field, string Value)> before, List<(string Field, string Value)> after)
    {
        var changes = new List<Change>();
        foreach (var (field, value) in before)
        {
            var match = after.FindIndex(a => a.Field == field);
            if (match < 0)
            {
                changes.Add(new(field, ChangeKind.Removed, value, null));
            }
            else if (after[match].Value != value)
            {
                changes.Add(new(field, ChangeKind.Changed, value, after[match].Value));
            }
        }
        changes.AddRange(after.Where(a => !before.Exists(b => b.Field == a.Field))
            .Select(a => new Change(a.Field, ChangeKind.Added, null, a.Value)));
        return changes;
    }

    private static IEnumerable<Change> CompareSets(string field, IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        before.Except(after).Select(code => new Change(field, ChangeKind.Removed, code, null))
            .Concat(after.Except(before).Select(code => new Change(field, ChangeKind.Added, null, code)));

    private static string Flag(bool value) => value ? "true" : "false";
}
