namespace Justice.Training.Api.Sessions;

/// <summary>The body of <c>PUT /api/training/sessions/{id}/attendance/{day}</c>.</summary>
/// <param name="Present">The ids of the participants present that day; an empty list if nobody was.</param>
public sealed record AttendanceRequest(IReadOnlyList<Guid> Present);
