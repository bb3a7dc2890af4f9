namespace Justice.Api.Files;

/// <summary>A kind of file the services accept: its name, its extension and the content type it is served with.</summary>
public sealed record FileType(string Name, string Extension, string ContentType);

/// <summary>What the content of an uploaded file turned out to be, or why it is refused.</summary>
public readonly record struct FileCheck(FileType? Type, string? Refusal)
{
    public static FileCheck Refused(string reason) => new(null, reason);
}
