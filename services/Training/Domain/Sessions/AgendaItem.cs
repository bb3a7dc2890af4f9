namespace Justice.Training.Domain.Sessions;

/// <summary>One block of the agenda: a day, a topic, the competencies it develops and the materials it uses.</summary>
public sealed record AgendaItem(int Day, string Topic, IReadOnlyList<string> Competencies, IReadOnlyList<Guid> Materials);
