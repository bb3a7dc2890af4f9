namespace Justice.Monitoring.Domain;

/// <summary>
/// What the read model counts, each a kind of subject with an id of its own (a practitioner, a case…), counted by
/// region, month and a breakdown. The indicators are computed from these.
/// </summary>
public static class Measures
{
    /// <summary>By profession.</summary>
    public const string PractitionersRegistered = "practitioners-registered";
    /// <summary>Practitioners holding at least one valid certificate, by profession, in the month of the first.</summary>
    public const string PractitionersTrained = "practitioners-trained";
    /// <summary>Valid (not revoked) certificates of practitioners, by profession.</summary>
    public const string Certificates = "certificates";
    /// <summary>By body (ministry or agency); no region.</summary>
    public const string DecisionMakersTrained = "decision-makers-trained";
    /// <summary>Valid certificates of decision makers, by body: the count behind <see cref="DecisionMakersTrained"/>.</summary>
    public const string DecisionMakerCertificates = "decision-maker-certificates";
    public const string SupervisionSessions = "supervision-sessions";
    /// <summary>Victims with at least one completed assessment, by age group, in the month of the first.</summary>
    public const string VictimsAssessed = "victims-assessed";
    /// <summary>Completed assessments (each version), by age group.</summary>
    public const string AssessmentsCompleted = "assessments-completed";
    /// <summary>Completed assessments that took longer than the deadline from the first contact, by age group.</summary>
    public const string AssessmentsCompletedLate = "assessments-completed-late";
    /// <summary>Special measures applied, by measure code.</summary>
    public const string MeasuresApplied = "measures-applied";
    /// <summary>Regions whose territorial team is formed (formed less dissolved, by month).</summary>
    public const string TeamsFormed = "teams-formed";
    /// <summary>By age group.</summary>
    public const string CasesOpened = "cases-opened";
    /// <summary>By outcome.</summary>
    public const string CasesClosed = "cases-closed";
    /// <summary>Closed cases with effective cooperation.</summary>
    public const string CasesEffective = "cases-effective";
    public const string ReferralsIssued = "referrals-issued";
    public const string ReferralsOverdue = "referrals-overdue";
    /// <summary>By kind (planning, review).</summary>
    public const string CaseConferences = "case-conferences";
    /// <summary>Public events held, by kind.</summary>
    public const string PublicEvents = "public-events";
    /// <summary>Participants in public events held, by the event's kind.</summary>
    public const string EventParticipants = "event-participants";
    /// <summary>By kind.</summary>
    public const string Publications = "publications";
    /// <summary>Victims' feedback on the service, by age group.</summary>
    public const string FeedbackReceived = "feedback-received";

    public static readonly IReadOnlyList<string> All =
    [
        PractitionersRegistered, PractitionersTrained, Certificates, DecisionMakersTrained, DecisionMakerCertificates,
        SupervisionSessions, VictimsAssessed, AssessmentsCompleted, AssessmentsCompletedLate, MeasuresApplied, TeamsFormed,
        CasesOpened, CasesClosed, CasesEffective, ReferralsIssued, ReferralsOverdue, CaseConferences, PublicEvents,
        EventParticipants, Publications, FeedbackReceived,
    ];
}
