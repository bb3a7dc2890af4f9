namespace Justice.Training.Api.Sessions;

/// <summary>The body of <c>PUT /api/training/sessions/{id}/tests/{phase}/{participantId}</c>.</summary>
/// <param name="Answers">The chosen option (from 0) for each question, in order.</param>
public sealed record AnswersRequest(IReadOnlyList<int> Answers);
