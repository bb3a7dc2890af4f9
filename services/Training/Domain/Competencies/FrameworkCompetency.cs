namespace Justice.Training.Domain.Competencies;

public sealed record FrameworkCompetency
{
    public required int VersionNumber { get; init; }
    public required string Code { get; init; }
    public required string NameBg { get; init; }
    public required string NameEn { get; init; }
    public required string NameFr { get; init; }
    public required string DescriptionBg { get; init; }
    public required string DescriptionEn { get; init; }
    public required string DescriptionFr { get; init; }
}
