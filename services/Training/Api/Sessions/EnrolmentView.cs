using Justice.Training.Domain.Sessions;

namespace Justice.Training.Api.Sessions;

public sealed record EnrolmentView(
    Guid SessionId, Guid ParticipantId, string Name, string Status, int? WaitingPosition, bool RegionOverridden,
    IReadOnlyList<int> DaysAttended, bool PreTestTaken, bool PostTestTaken, bool ReactionGiven, bool? Completed)
{
    public static EnrolmentView From(TrainingSession session, Enrolment e, string name) =>
        new(session.Id, e.ParticipantId, name, e.Status.ToString().ToLowerInvariant(), session.WaitingPosition(e), e.RegionOverridden,
            e.DaysAttended, e.PreTestAnswers is not null, e.PostTestAnswers is not null, e.ReactionRatings is not null, e.Completed);
}
