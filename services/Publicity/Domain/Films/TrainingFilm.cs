namespace Justice.Publicity.Domain.Films;

/// <summary>
/// A training film of the programme ("All under one roof"): its title and description in Bulgarian and, when translated,
/// English and French, the competencies it illustrates, and its language versions. Seen outside the publicity team only
/// once published; being a film's description, not news, it may be corrected while published.
/// </summary>
public sealed class TrainingFilm
{
    public const int MaxTitleLength = 300;
    public const int MaxDescriptionLength = 4000;

    public Guid Id { get; init; }
    public required string TitleBg { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public required string DescriptionBg { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionFr { get; set; }
    /// <summary>Codes of the competencies it illustrates (<see cref="FilmCompetencies"/>), each once, in code order.</summary>
    public List<string> Competencies { get; set; } = [];
    public bool Published { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    public List<FilmVersion> Versions { get; init; } = [];
}
