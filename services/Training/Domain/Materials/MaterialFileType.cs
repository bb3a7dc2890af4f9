namespace Justice.Training.Domain.Materials;

/// <summary>A kind of file a training material may be: its extension and the content type it is served with.</summary>
public sealed record MaterialFileType(string Name, string Extension, string ContentType);

/// <summary>What the content of an uploaded file turned out to be, or why it is refused.</summary>
public readonly record struct MaterialFileCheck(MaterialFileType? Type, string? Refusal)
{
    public static MaterialFileCheck Refused(string reason) => new(null, reason);
}
