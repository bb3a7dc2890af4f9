namespace Justice.Contracts.Events;

// Network's events name teams, cases, institutions and referrals by id, with the region and codes only. A case
// knows its victim by Assessment's pseudonymous id; no event of Network carries anything else about a victim.

/// <summary>A region's territorial team met the formation rule: at least 5 trained members from at least 4
/// institution types, including police, prosecution or court, and child protection or social services.</summary>
/// <param name="TeamId">Network's id of the team.</param>
/// <param name="RegionCode">ISO 3166-2:BG code of the team's judicial region, e.g. <c>BG-05</c>.</param>
/// <param name="Members">Members when the team was formed.</param>
/// <param name="InstitutionTypes">Codes of institution-types.csv the members come from.</param>
/// <param name="OccurredAt">When the team counted as formed.</param>
[PublishedBy("network")]
public sealed record TerritorialTeamFormed(
    Guid TeamId,
    string RegionCode,
    int Members,
    IReadOnlyList<string> InstitutionTypes,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A formed territorial team stopped meeting the formation rule (a member left, an institution changed).</summary>
[PublishedBy("network")]
public sealed record TerritorialTeamDissolved(
    Guid TeamId,
    string RegionCode,
    int Members,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A cooperation case on a victim's situation was opened in a region.</summary>
/// <param name="VictimId">Assessment's pseudonymous id of the victim.</param>
/// <param name="AgeGroup"><c>child</c> or <c>adult</c>.</param>
/// <param name="Source"><c>assessment</c> when an <see cref="AssessmentCompleted"/> opened it, <c>manual</c> otherwise.</param>
[PublishedBy("network")]
public sealed record CooperationCaseOpened(
    Guid CaseId,
    Guid VictimId,
    string RegionCode,
    string AgeGroup,
    string Source,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>One institution referred a case's victim to another (Directive 2012/29/EU Art. 8–9), with consent.</summary>
/// <param name="Purpose">Code of the support the referral asks for (support-needs.csv).</param>
[PublishedBy("network")]
public sealed record ReferralIssued(
    Guid ReferralId,
    Guid CaseId,
    string RegionCode,
    Guid FromInstitutionId,
    Guid ToInstitutionId,
    string Purpose,
    DateTimeOffset DueBy,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A referral's receiving institution completed it.</summary>
[PublishedBy("network")]
public sealed record ReferralCompleted(
    Guid ReferralId,
    Guid CaseId,
    string RegionCode,
    bool WithinDeadline,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A referral passed its deadline without being completed (found by Network's background job, once).</summary>
[PublishedBy("network")]
public sealed record ReferralOverdue(
    Guid ReferralId,
    Guid CaseId,
    string RegionCode,
    Guid ToInstitutionId,
    DateTimeOffset DueBy,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A case conference (Barnahus standard 5) was held.</summary>
/// <param name="Kind"><c>planning</c> or <c>review</c>.</param>
/// <param name="Institutions">How many institutions attended.</param>
/// <param name="OnTime">For the first planning conference, whether it was held within the due time; null otherwise.</param>
[PublishedBy("network")]
public sealed record CaseConferenceHeld(
    Guid ConferenceId,
    Guid CaseId,
    string RegionCode,
    string Kind,
    int Institutions,
    bool? OnTime,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A cooperation case was closed, and whether cooperation on it was effective (at least 5 of 7 criteria).</summary>
/// <param name="Outcome">Code of the closure's outcome.</param>
/// <param name="CriteriaMet">Codes of the criteria met.</param>
[PublishedBy("network")]
public sealed record CooperationCaseClosed(
    Guid CaseId,
    Guid VictimId,
    string RegionCode,
    string AgeGroup,
    string Outcome,
    bool Effective,
    IReadOnlyList<string> CriteriaMet,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
