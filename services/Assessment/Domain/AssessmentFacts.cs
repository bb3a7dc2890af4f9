namespace Justice.Assessment.Domain;

/// <summary>
/// The facts of one individual assessment (Art. 22(2)): who the victim is, the crime, its circumstances, the four
/// risks and the victim's wishes. Only codes, flags and ratings: no name, birth date, national id, and none of the
/// victim's own free-text views (those are personal and kept with the victim's record).
/// </summary>
public sealed record AssessmentFacts
{
    /// <summary>The model that applies: the child model for a victim under 18 (or presumed so), else the adult model.</summary>
    public required AgeGroup AgeGroup { get; init; }

    /// <summary>The victim is a child by the presumption of Art. 24(2) (age uncertain); only with <see cref="AgeGroup.Child"/>.</summary>
    public bool AgePresumed { get; init; }

    public required Sex Sex { get; init; }

    /// <summary>Personal characteristics both models ask about.</summary>
    public required PersonalCharacteristics Characteristics { get; init; }

    /// <summary>What only the child model asks about: required for a child, absent for an adult.</summary>
    public ChildCircumstances? Child { get; init; }

    /// <summary>Codes of <see cref="Domain.CrimeCategories"/>; at least one, several may apply.</summary>
    public required IReadOnlyList<string> CrimeCategories { get; init; }

    public required CrimeSeverity Severity { get; init; }

    public required Circumstances Circumstances { get; init; }

    /// <summary>Each of the four <see cref="Domain.Risks"/> rated exactly once; a reason is required above None.</summary>
    public required IReadOnlyList<RiskRating> Risks { get; init; }

    public required AssessmentDepth Depth { get; init; }

    public required VictimWishes Wishes { get; init; }

    /// <summary>The level of <paramref name="risk"/>, None when it is not rated.</summary>
    public RiskLevel LevelOf(string risk) =>
        Risks?.FirstOrDefault(r => r.Risk == risk)?.Level ?? RiskLevel.None;
}

/// <summary>
/// Personal characteristics (Art. 22(2)(a)) of both models. The adult model asks about disability and residence
/// abroad, and about dependence on the offender (in <see cref="Circumstances"/>); it presumes no needs.
/// </summary>
public sealed record PersonalCharacteristics(bool Disability, bool CommunicationNeeds, bool ResidesAbroad);

/// <summary>The child model's own questions: the legal representative, conflicts of interest, the family situation.</summary>
/// <param name="LegalRepresentativePresent">A holder of parental responsibility or guardian represents the child.</param>
/// <param name="ConflictOfInterestWithParents">The holders of parental responsibility have a conflict of interest with the child.</param>
/// <param name="UnaccompaniedOrSeparated">The child is unaccompanied or separated from the family.</param>
/// <param name="FamilySituation">Whom the child lives with.</param>
public sealed record ChildCircumstances(
    bool LegalRepresentativePresent, bool ConflictOfInterestWithParents, bool UnaccompaniedOrSeparated, FamilySituation FamilySituation);

/// <summary>The circumstances of the crime (Art. 22(2)(c)).</summary>
/// <param name="Relationship">Who the offender is to the victim.</param>
/// <param name="DependentOnOffender">The victim depends on the offender (for care, money, home or residence status).</param>
/// <param name="RepeatOffending">The offender has offended against the victim before.</param>
/// <param name="Place">Where the crime took place.</param>
public sealed record Circumstances(OffenderRelationship Relationship, bool DependentOnOffender, bool RepeatOffending, CrimePlace Place)
{
    /// <summary>Family, partner, former partner or carer: a relationship that can make a victim vulnerable (Art. 22(3)).</summary>
    public bool IsCloseRelationship => Relationship is OffenderRelationship.Family or OffenderRelationship.IntimatePartner
        or OffenderRelationship.FormerPartner or OffenderRelationship.Carer;
}

/// <summary>One of the four risks rated, with the practitioner's reason (required above <see cref="RiskLevel.None"/>).</summary>
public sealed record RiskRating(string Risk, RiskLevel Level, string? Reason);

/// <summary>The victim's wishes that the rules act on (Art. 22(6)).</summary>
/// <param name="SameSexInterviewer">The victim wishes to be interviewed by a person of the same sex (Art. 23(2)(d)).</param>
/// <param name="DeclinedMeasures">Codes of <see cref="SpecialMeasures"/> the victim does not want.</param>
public sealed record VictimWishes(bool SameSexInterviewer, IReadOnlyList<string> DeclinedMeasures);
