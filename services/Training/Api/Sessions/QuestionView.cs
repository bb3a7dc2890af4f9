namespace Justice.Training.Api.Sessions;

/// <summary>A question of the test; the correct option only for those who run the session.</summary>
public sealed record QuestionView(int Number, string Competency, string Text, IReadOnlyList<string> Options, int? Correct);
