namespace Justice.Assessment.Domain;

/// <summary>Reads the facts for the rules: each method gives the grounds a fact supplies, or none.</summary>
internal static class Cite
{
    public static IEnumerable<Ground> Child(AssessmentFacts facts) =>
        facts.AgeGroup == AgeGroup.Child ? [Grounds.Child] : [];

    public static IEnumerable<Ground> Risk(AssessmentFacts facts, string risk, RiskLevel atLeast)
    {
        var level = facts.LevelOf(risk);
        return level >= atLeast ? [Grounds.Risk(risk, level)] : [];
    }

    public static IEnumerable<Ground> Categories(AssessmentFacts facts, params string[] categories) =>
        facts.CrimeCategories.Where(categories.Contains).Distinct().Select(Grounds.CrimeCategory);

    public static IEnumerable<Ground> ParticularAttentionCategories(AssessmentFacts facts) =>
        facts.CrimeCategories.Where(c => CrimeCategories.IsKnown(c) && CrimeCategories.Get(c).NeedsParticularAttention)
            .Distinct().Select(Grounds.CrimeCategory);

    public static IEnumerable<Ground> Severe(AssessmentFacts facts) =>
        facts.Severity == CrimeSeverity.Severe ? [Grounds.Severe] : [];

    public static IEnumerable<Ground> Disability(AssessmentFacts facts) =>
        facts.Characteristics.Disability ? [Grounds.Disability] : [];

    public static IEnumerable<Ground> CommunicationNeeds(AssessmentFacts facts) =>
        facts.Characteristics.CommunicationNeeds ? [Grounds.CommunicationNeeds] : [];

    public static IEnumerable<Ground> ResidesAbroad(AssessmentFacts facts) =>
        facts.Characteristics.ResidesAbroad ? [Grounds.ResidesAbroad] : [];

    public static IEnumerable<Ground> Dependence(AssessmentFacts facts) =>
        facts.Circumstances.DependentOnOffender ? [Grounds.DependentOnOffender] : [];

    public static IEnumerable<Ground> CloseRelationship(AssessmentFacts facts) =>
        facts.Circumstances.IsCloseRelationship ? [Grounds.CloseRelationship(facts.Circumstances.Relationship)] : [];

    public static IEnumerable<Ground> AtHome(AssessmentFacts facts) =>
        facts.Circumstances.Place == CrimePlace.Home ? [Grounds.AtHome] : [];

    public static IEnumerable<Ground> ConflictOfInterest(AssessmentFacts facts) =>
        facts.Child is { ConflictOfInterestWithParents: true } && facts.AgeGroup == AgeGroup.Child ? [Grounds.ConflictOfInterest] : [];

    public static IEnumerable<Ground> Unaccompanied(AssessmentFacts facts) =>
        facts.Child is { UnaccompaniedOrSeparated: true } && facts.AgeGroup == AgeGroup.Child ? [Grounds.Unaccompanied] : [];

    public static IEnumerable<Ground> NoLegalRepresentative(AssessmentFacts facts) =>
        facts.Child is { LegalRepresentativePresent: false } && facts.AgeGroup == AgeGroup.Child ? [Grounds.NoLegalRepresentative] : [];

    /// <summary>Every ground of the first list, only when the second has at least one; then both.</summary>
    public static IEnumerable<Ground> Both(IEnumerable<Ground> first, IEnumerable<Ground> second)
    {
        var a = first.ToList();
        var b = second.ToList();
        return a.Count > 0 && b.Count > 0 ? a.Concat(b) : [];
    }

    /// <summary>Every ground any of <paramref name="sources"/> gives, each once, in order.</summary>
    public static IReadOnlyList<Ground> AnyOf(params IEnumerable<Ground>[] sources) =>
        sources.SelectMany(s => s).Distinct().ToList();
}
