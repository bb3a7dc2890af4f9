using Justice.Training.Domain;

namespace Justice.Training.Api.Supervision;

public sealed record SupervisionView(
    Guid Id, string RegionCode, DateOnly HeldOn, string Supervisor, Guid? TrainingSessionId, IReadOnlyList<Guid> PractitionerIds,
    int CasesDiscussed, IReadOnlyList<string> Competencies)
{
    public static SupervisionView From(SupervisionSession s) =>
        new(s.Id, s.RegionCode, s.HeldOn, s.Supervisor, s.TrainingSessionId, s.PractitionerIds, s.CasesDiscussed, s.Competencies);
}
