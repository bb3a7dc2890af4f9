namespace Justice.Training.Domain.Materials;

/// <summary>
/// A material of the training package: its kind, its title in each language it has one, and the competencies it
/// develops. Its contents are its language versions (bg, en, fr), each a file or, for a film, a link.
/// </summary>
public sealed class Material
{
    public const int MaxTitleLength = 300;

    public required Guid Id { get; init; }
    public required MaterialKind Kind { get; init; }
    public required string TitleBg { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    /// <summary>Codes of the competency framework's competencies (C1…C8) this material develops.</summary>
    public required List<string> Competencies { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>
    /// Offered to anyone on the public website (the national admins decide, material by material); otherwise read by
    /// the programme's people only.
    /// </summary>
    public bool Public { get; set; }
    public List<MaterialVersion> Versions { get; init; } = [];

    /// <summary>The title in <paramref name="language"/>, or the Bulgarian one when there is none in it.</summary>
    public string Title(string language) =>
        language switch
        {
            "en" => TitleEn,
            "fr" => TitleFr,
            _ => null,
        } ?? TitleBg;
}
