namespace Justice.Contracts.Events;

/// <summary>A training session ended; its participants' outcomes follow as one event each.</summary>
/// <param name="SessionId">Training's id of the session.</param>
/// <param name="Kind"><c>regional</c> (practitioners) or <c>national</c> (decision makers).</param>
/// <param name="RegionCode">The judicial region of a regional session; null for a national one.</param>
/// <param name="Participants">Participants enrolled (the waiting list not counted).</param>
/// <param name="Completed">Participants who met the completion rule.</param>
/// <param name="FrameworkVersion">The competency framework version the session used.</param>
/// <param name="OccurredAt">When the session was completed.</param>
[PublishedBy("training")]
public sealed record TrainingSessionCompleted(
    Guid SessionId,
    string Kind,
    string? RegionCode,
    int Participants,
    int Completed,
    int FrameworkVersion,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A practitioner completed a regional training: attended every day and took the post-test.</summary>
/// <param name="GainByCompetency">Post-test minus pre-test score per competency code, in percentage points;
/// empty when the practitioner took no pre-test.</param>
[PublishedBy("training")]
public sealed record PractitionerTrained(
    Guid PractitionerId,
    string Profession,
    string RegionCode,
    Guid SessionId,
    int FrameworkVersion,
    IReadOnlyDictionary<string, decimal> GainByCompetency,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A decision maker completed a national training.</summary>
/// <param name="Body">Code of the decision maker's body (decision-maker-bodies.csv).</param>
[PublishedBy("training")]
public sealed record DecisionMakerTrained(
    Guid DecisionMakerId,
    string Body,
    Guid SessionId,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A methodological-support (supervision) session took place in a region. No case or victim data.</summary>
[PublishedBy("training")]
public sealed record SupervisionDelivered(
    Guid SupervisionId,
    string RegionCode,
    DateOnly HeldOn,
    IReadOnlyList<Guid> PractitionerIds,
    int CasesDiscussed,
    IReadOnlyList<string> Competencies,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A training certificate was revoked; the reason stays in Training.</summary>
[PublishedBy("training")]
public sealed record CertificateRevoked(
    Guid CertificateId,
    Guid SessionId,
    Guid HolderId,
    string? RegionCode,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
