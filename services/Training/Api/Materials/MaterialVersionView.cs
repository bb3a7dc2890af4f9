using Justice.Training.Domain.Materials;

namespace Justice.Training.Api.Materials;

/// <param name="Type">file or link.</param>
/// <param name="File">Where to download a stored file; null for a link.</param>
/// <param name="Sha256">The file's SHA-256 (hex), also its ETag.</param>
public sealed record MaterialVersionView(
    string Language, string Type, string? FileName, string? ContentType, long? Size, string? Sha256, string? ExternalUrl,
    string? File, DateTimeOffset UploadedAt)
{
    public static MaterialVersionView From(MaterialVersion v) =>
        new(v.Language, v.IsLink ? "link" : "file", v.FileName, v.ContentType, v.Size, v.Sha256, v.ExternalUrl,
            v.IsLink ? null : $"/api/training/materials/{v.MaterialId}/versions/{v.Language}/file", v.UploadedAt);
}
