using Justice.Api;
using Justice.Api.Files;

namespace Justice.Training.Domain.Materials;

/// <summary>The rules a language version must keep, as pure functions.</summary>
public static class MaterialRules
{
    /// <summary>Why <paramref name="url"/> may not be the external link of a <paramref name="kind"/>, or null when it may.</summary>
    public static string? ExternalLinkRefusal(MaterialKind kind, string url)
    {
        if (kind != MaterialKind.Film)
        {
            return "Only a film may be an external link; upload a file for other materials.";
        }
        if (url.Length > MaterialVersion.MaxUrlLength || InvisibleCharacters.Any(url) || url.Any(char.IsWhiteSpace))
        {
            return $"A link of at most {MaterialVersion.MaxUrlLength} characters, without spaces or control characters.";
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
        {
            return "An absolute https:// link is required.";
        }
        return uri.UserInfo.Length > 0 ? "A link must not carry a user name or password." : null;
    }

    /// <summary>
    /// The name a file is stored and downloaded under: the last segment of what the client sent (browsers
    /// may send a whole path), or null when nothing usable is left.
    /// </summary>
    public static string? CleanFileName(string? name) => FileUpload.CleanFileName(name, MaterialVersion.MaxFileNameLength);
}
