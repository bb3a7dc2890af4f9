namespace Justice.Publicity.Domain.Films;

/// <summary>
/// One language version of a film (Bulgarian and French as the programme made it, English too): an https link to where it is hosted, or an MP4 file stored here (its bytes kept
/// apart, in <see cref="FilmVersionContent"/>, so that reading the film never loads them).
/// </summary>
public sealed class FilmVersion
{
    public const int MaxFileNameLength = 200;
    public const int MaxUrlLength = 2000;

    public required Guid FilmId { get; init; }
    public required string Language { get; init; }
    public string? ExternalUrl { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }
    /// <summary>SHA-256 of the bytes, lower-case hex; also the download's ETag.</summary>
    public string? Sha256 { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    public bool IsLink => ExternalUrl is not null;

    /// <summary>Whether <paramref name="url"/> is an absolute https address (the only kind of link a version may be).</summary>
    public static bool IsHttpsLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(uri.UserInfo)
        && !string.IsNullOrEmpty(uri.Host);
}

/// <summary>The bytes of a stored <see cref="FilmVersion"/>.</summary>
public sealed class FilmVersionContent
{
    public required Guid FilmId { get; init; }
    public required string Language { get; init; }
    public required byte[] Bytes { get; set; }
}
