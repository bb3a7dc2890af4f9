namespace Justice.Training.Domain.Competencies;

public sealed record ProfileRequirement
{
    public required int VersionNumber { get; init; }
    public required string Profession { get; init; }
    public required string CompetencyCode { get; init; }
    public required int Level { get; init; }
}
