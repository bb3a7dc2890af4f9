using Justice.Api.Files;
using Justice.Training.Domain.Materials;

namespace Justice.Training.Api.Materials;

/// <summary>What a language version's file may be: a PDF, DOCX, PPTX or MP4 file of up to 20 MiB.</summary>
public static class MaterialUpload
{
    /// <summary>The largest file a version may be: 20 MiB.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static readonly FileUploadRules Rules = new(FileTypes.All, MaxFileBytes, MaterialVersion.MaxFileNameLength);
}
