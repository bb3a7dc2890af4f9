namespace Justice.Training.Domain.Materials;

/// <summary>What a training material is; a film may live on an external site instead of in the database.</summary>
public enum MaterialKind
{
    Manual,
    Presentation,
    CaseStudy,
    Handout,
    Film,
}

/// <summary>The kinds' names in the API: manual, presentation, case-study, handout, film.</summary>
public static class MaterialKinds
{
    private static readonly Dictionary<string, MaterialKind> ByCode = new(StringComparer.Ordinal)
    {
        ["manual"] = MaterialKind.Manual,
        ["presentation"] = MaterialKind.Presentation,
        ["case-study"] = MaterialKind.CaseStudy,
        ["handout"] = MaterialKind.Handout,
        ["film"] = MaterialKind.Film,
    };

    public static IEnumerable<string> Codes => ByCode.Keys;

    public static MaterialKind? Parse(string? code) => code is not null && ByCode.TryGetValue(code, out var kind) ? kind : null;

    public static string Code(this MaterialKind kind) => ByCode.Single(pair => pair.Value == kind).Key;
}

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

/// <summary>
/// One language version of a material: a stored file (its bytes kept apart, in <see cref="MaterialContent"/>, so that
/// lists never load them) or an external https link, which only a film may have.
/// </summary>
public sealed class MaterialVersion
{
    public const int MaxFileNameLength = 200;
    public const int MaxUrlLength = 2000;

    public required Guid MaterialId { get; init; }
    public required string Language { get; init; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }
    /// <summary>SHA-256 of the bytes, lower-case hex; also the download's ETag.</summary>
    public string? Sha256 { get; set; }
    public string? ExternalUrl { get; set; }
    public required DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }

    public bool IsLink => ExternalUrl is not null;
}

/// <summary>The bytes of a stored version.</summary>
public sealed class MaterialContent
{
    public required Guid MaterialId { get; init; }
    public required string Language { get; init; }
    public required byte[] Bytes { get; set; }
}
