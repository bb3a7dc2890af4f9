namespace Justice.Contracts.Events;

// Assessment's events carry the victim's pseudonymous id, the region, the age group and codes of the Directive's
// lists only: never a name, birth date, national id, contact, legal representative or note.

/// <summary>An individual assessment of a victim's protection needs was completed (Directive 2012/29/EU Art. 22).</summary>
/// <param name="VictimId">Assessment's pseudonymous id of the victim (random; derived from nothing personal).</param>
/// <param name="AssessmentId">The assessment; its versions share this id.</param>
/// <param name="Version">The version completed: 1 for the first assessment, more for each re-assessment (22(7)).</param>
/// <param name="RegionCode">ISO 3166-2:BG code of the victim's judicial region, e.g. <c>BG-05</c>.</param>
/// <param name="AgeGroup"><c>child</c> or <c>adult</c> at the assessment date (age uncertain counts as a child).</param>
/// <param name="CrimeCategories">Codes of crime-categories.csv.</param>
/// <param name="RiskLevels">Each risk of risks.csv and its level: <c>none</c>, <c>low</c>, <c>medium</c> or <c>high</c>.</param>
/// <param name="Needs">The clauses under which the victim has specific protection needs, e.g. <c>22(4)</c> (a child), <c>22(3)</c>.</param>
/// <param name="Measures">Codes of the special measures recommended (special-measures.csv).</param>
/// <param name="SupportNeeds">Codes of support-needs.csv.</param>
/// <param name="DaysToCompletion">Whole days from the first contact to completion.</param>
/// <param name="OccurredAt">When the assessment was completed.</param>
[PublishedBy("assessment")]
public sealed record AssessmentCompleted(
    Guid VictimId,
    Guid AssessmentId,
    int Version,
    string RegionCode,
    string AgeGroup,
    IReadOnlyList<string> CrimeCategories,
    IReadOnlyDictionary<string, string> RiskLevels,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Measures,
    IReadOnlyList<string> SupportNeeds,
    int DaysToCompletion,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A new version of an assessment was started (a re-assessment, Art. 22(7)); the earlier one is superseded
/// when this one is completed.</summary>
[PublishedBy("assessment")]
public sealed record AssessmentUpdated(
    Guid VictimId,
    Guid AssessmentId,
    int Version,
    string RegionCode,
    string AgeGroup,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A recommended special measure was decided by the competent authority.</summary>
/// <param name="Measure">Code of special-measures.csv.</param>
/// <param name="Accepted">Whether the measure was accepted; the reason stays in Assessment.</param>
/// <param name="Authority">Code of the deciding authority's kind, e.g. <c>prosecution</c> or <c>court</c>.</param>
[PublishedBy("assessment")]
public sealed record MeasureDecided(
    Guid VictimId,
    Guid AssessmentId,
    int Version,
    string RegionCode,
    string AgeGroup,
    string Measure,
    bool Accepted,
    string Authority,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>An accepted special measure was applied (<paramref name="Applied"/>) or recorded as not applied.</summary>
[PublishedBy("assessment")]
public sealed record MeasureApplied(
    Guid VictimId,
    Guid AssessmentId,
    int Version,
    string RegionCode,
    string AgeGroup,
    string Measure,
    bool Applied,
    DateOnly? AppliedOn,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
