using Justice.Contracts.Events;
using static Justice.Monitoring.Domain.SubjectRule;

namespace Justice.Monitoring.Domain;

/// <summary>
/// What each integration event counts, as occurrences of subjects. Every subject is named by an id the event carries
/// (or one derived from several), so that a redelivered or reordered event never counts twice.
/// </summary>
/// <param name="assessmentDeadlineDays">Days from the first contact within which an assessment is due (Assessment's rule).</param>
public sealed class EventProjections(int assessmentDeadlineDays)
{
    public IReadOnlyList<Occurrence> Of(PractitionerRegistered e) =>
        [new(Measures.PractitionersRegistered, e.PractitionerId, In(e.RegionCode, e.OccurredAt, e.Profession), e.OccurredAt, Earliest)];

    /// <summary>A certificate of the session for the practitioner: they count as trained while one of theirs is valid.</summary>
    public IReadOnlyList<Occurrence> Of(PractitionerTrained e) =>
    [
        new(Measures.Certificates, CertificateOf(e.PractitionerId, e.SessionId), In(e.RegionCode, e.OccurredAt, e.Profession),
            e.OccurredAt, Latest, e.PractitionerId),
    ];

    public IReadOnlyList<Occurrence> Of(DecisionMakerTrained e) =>
    [
        new(Measures.DecisionMakerCertificates, CertificateOf(e.DecisionMakerId, e.SessionId), In(null, e.OccurredAt, e.Body),
            e.OccurredAt, Latest, e.DecisionMakerId),
    ];

    /// <summary>The event does not say whose certificate it was (a practitioner's or a decision maker's): both stop counting.</summary>
    public IReadOnlyList<Occurrence> Of(CertificateRevoked e) =>
    [
        new(Measures.Certificates, CertificateOf(e.HolderId, e.SessionId), null, e.OccurredAt, Latest, e.HolderId),
        new(Measures.DecisionMakerCertificates, CertificateOf(e.HolderId, e.SessionId), null, e.OccurredAt, Latest, e.HolderId),
    ];

    public IReadOnlyList<Occurrence> Of(SupervisionDelivered e) =>
        [new(Measures.SupervisionSessions, e.SupervisionId, new(e.RegionCode, ProgrammeMonth.Of(e.HeldOn), ""), e.OccurredAt, Earliest)];

    public IReadOnlyList<Occurrence> Of(AssessmentCompleted e)
    {
        var version = SubjectIds.Of(e.AssessmentId, e.Version);
        var placement = In(e.RegionCode, e.OccurredAt, e.AgeGroup);
        return
        [
            new(Measures.VictimsAssessed, e.VictimId, placement, e.OccurredAt, Earliest),
            new(Measures.AssessmentsCompleted, version, placement, e.OccurredAt, Earliest),
            new(Measures.AssessmentsCompletedLate, version, e.DaysToCompletion > assessmentDeadlineDays ? placement : null,
                e.OccurredAt, Earliest),
        ];
    }

    /// <summary>An applied measure counts in the month it was applied; one recorded as not applied after all stops counting.</summary>
    public IReadOnlyList<Occurrence> Of(MeasureApplied e) =>
    [
        new(Measures.MeasuresApplied, SubjectIds.Of(e.AssessmentId, e.Version, e.Measure),
            e.Applied ? new(e.RegionCode, e.AppliedOn is { } day ? ProgrammeMonth.Of(day) : ProgrammeMonth.Of(e.OccurredAt), e.Measure) : null,
            e.OccurredAt, Latest),
    ];

    public IReadOnlyList<Occurrence> Of(TerritorialTeamFormed e) =>
        [new(Measures.TeamsFormed, e.TeamId, In(e.RegionCode, e.OccurredAt, ""), e.OccurredAt, Latest)];

    public IReadOnlyList<Occurrence> Of(TerritorialTeamDissolved e) =>
        [new(Measures.TeamsFormed, e.TeamId, null, e.OccurredAt, Latest)];

    public IReadOnlyList<Occurrence> Of(CooperationCaseOpened e) =>
        [new(Measures.CasesOpened, e.CaseId, In(e.RegionCode, e.OccurredAt, e.AgeGroup), e.OccurredAt, Earliest)];

    public IReadOnlyList<Occurrence> Of(CooperationCaseClosed e) =>
    [
        new(Measures.CasesClosed, e.CaseId, In(e.RegionCode, e.OccurredAt, e.Outcome), e.OccurredAt, Earliest),
        new(Measures.CasesEffective, e.CaseId, e.Effective ? In(e.RegionCode, e.OccurredAt, e.Outcome) : null, e.OccurredAt, Earliest),
    ];

    public IReadOnlyList<Occurrence> Of(ReferralIssued e) =>
        [new(Measures.ReferralsIssued, e.ReferralId, In(e.RegionCode, e.OccurredAt, e.Purpose), e.OccurredAt, Earliest)];

    public IReadOnlyList<Occurrence> Of(ReferralOverdue e) =>
        [new(Measures.ReferralsOverdue, e.ReferralId, In(e.RegionCode, e.OccurredAt, ""), e.OccurredAt, Earliest)];

    public IReadOnlyList<Occurrence> Of(CaseConferenceHeld e) =>
        [new(Measures.CaseConferences, e.ConferenceId, In(e.RegionCode, e.OccurredAt, e.Kind), e.OccurredAt, Earliest)];

    /// <summary>A later event for the same public event (attendance corrected) replaces the earlier count.</summary>
    public IReadOnlyList<Occurrence> Of(PublicEventHeld e) =>
    [
        new(Measures.PublicEvents, e.EventId, In(e.RegionCode, e.OccurredAt, e.Kind), e.OccurredAt, Latest),
        new(Measures.EventParticipants, e.EventId, In(e.RegionCode, e.OccurredAt, e.Kind) with { Weight = e.Participants },
            e.OccurredAt, Latest),
    ];

    public IReadOnlyList<Occurrence> Of(PublicationPublished e) =>
        [new(Measures.Publications, e.PublicationId, In(null, e.OccurredAt, e.Kind), e.OccurredAt, Earliest)];

    /// <summary>Feedback carries no id of its own (it is apart from who gave it): the message's id names it.</summary>
    public IReadOnlyList<Occurrence> Of(VictimFeedbackReceived e, Guid messageId) =>
        [new(Measures.FeedbackReceived, messageId, new(e.RegionCode, ProgrammeMonth.Of(e.Month), e.AgeGroup), e.OccurredAt, Earliest)];

    public static Guid CertificateOf(Guid holderId, Guid sessionId) => SubjectIds.Of("certificate", holderId, sessionId);

    private static Placement In(string? regionCode, DateTimeOffset occurredAt, string dimension) =>
        new(regionCode ?? "", ProgrammeMonth.Of(occurredAt), dimension);
}
