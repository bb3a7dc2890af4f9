using Justice.Api.Files;
using Justice.Publicity.Domain.Publications;

namespace Justice.Publicity.Api.Publications;

/// <summary>What a publication's file may be: a PDF of up to 20 MiB, decided from its content.</summary>
public static class PublicationUpload
{
    /// <summary>The largest file: 20 MiB.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static readonly FileUploadRules Rules = new([FileTypes.Pdf], MaxFileBytes, PublicationFile.MaxFileNameLength);
}
