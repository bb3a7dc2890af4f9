namespace Justice.Training.Domain.Materials;

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
