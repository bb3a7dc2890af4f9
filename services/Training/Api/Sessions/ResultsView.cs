using Justice.Training.Domain.Sessions;

namespace Justice.Training.Api.Sessions;

public sealed record ResultsView(
    Guid SessionId, int FrameworkVersion, IReadOnlyList<ParticipantResult> Participants,
    IReadOnlyDictionary<string, decimal> AverageGainByCompetency, int Reactions,
    IReadOnlyDictionary<string, decimal> AverageReaction, int Completed);

public sealed record ParticipantResult(
    Guid ParticipantId, string Name, IReadOnlyList<int> DaysAttended, IReadOnlyList<CompetencyScore>? PreTest,
    IReadOnlyList<CompetencyScore>? PostTest, IReadOnlyDictionary<string, decimal> Gain, bool Completed);
