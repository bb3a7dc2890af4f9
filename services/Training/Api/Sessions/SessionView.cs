using Justice.Training.Domain.Sessions;

namespace Justice.Training.Api.Sessions;

public sealed record SessionView(
    Guid Id, string Kind, string? RegionCode, string Title, string Venue, DateOnly StartsOn, DateOnly EndsOn, int Days,
    int Capacity, int Enrolled, int Waiting, string Status, int FrameworkVersion, IReadOnlyList<string> TrainerIds,
    IReadOnlyList<AgendaItem> Agenda, int Questions)
{
    public static SessionView From(TrainingSession s) =>
        new(s.Id, SessionKinds.Describe(s.Kind), s.RegionCode, s.Title, s.Venue, s.StartsOn, s.EndsOn,
            s.Days, s.Capacity, s.Participants.Count(), s.Enrolments.Count(e => e.Status == EnrolmentStatus.Waiting),
            SessionLifecycle.Describe(s.Status), s.FrameworkVersion, s.TrainerIds, s.Agenda, s.Questions.Count);
}
