namespace Justice.Publicity.Domain.Publications;

/// <summary>
/// A publication's file in one language (a PDF): what it is, its bytes kept apart in <see cref="PublicationFileContent"/>
/// so that reading a publication never loads them.
/// </summary>
public sealed class PublicationFile
{
    public const int MaxFileNameLength = 200;

    public required Guid PublicationId { get; init; }
    public required string Language { get; init; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>SHA-256 of the bytes, lower-case hex; also the download's ETag.</summary>
    public required string Sha256 { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The bytes of a <see cref="PublicationFile"/>.</summary>
public sealed class PublicationFileContent
{
    public required Guid PublicationId { get; init; }
    public required string Language { get; init; }
    public required byte[] Bytes { get; set; }
}
