namespace Justice.Training.Api.Sessions;

/// <summary>The body of an enrolment: none at all for a practitioner enrolling themselves.</summary>
/// <param name="ParticipantId">The practitioner (regional session) or decision maker (national session) to enrol.</param>
/// <param name="OverrideRegion">National admins only: enrol a practitioner of another region.</param>
public sealed record EnrolRequest(Guid? ParticipantId = null, bool? OverrideRegion = null);
