using Justice.Api.Files;
using Justice.Publicity.Domain.Films;

namespace Justice.Publicity.Api.Films;

/// <summary>
/// What a film version's file may be: an MP4 of up to 200 MiB, decided from its content. The bytes are kept in
/// PostgreSQL like every other file of the programme; a longer or higher-quality cut is hosted elsewhere and linked.
/// </summary>
public static class FilmUpload
{
    /// <summary>The largest file: 200 MiB.</summary>
    public const long MaxFileBytes = 200 * 1024 * 1024;

    public static readonly FileUploadRules Rules = new([FileTypes.Mp4], MaxFileBytes, FilmVersion.MaxFileNameLength);
}
