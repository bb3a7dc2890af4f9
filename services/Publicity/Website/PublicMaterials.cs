using System.Net.Http.Json;

namespace Justice.Publicity.Website;

/// <summary>A training material as Training's public list gives it (the fields the website shows).</summary>
public sealed record PublicMaterial(Guid Id, string Kind, string Title, IReadOnlyList<PublicMaterialCompetency> Competencies,
    IReadOnlyList<PublicMaterialVersion> Versions);

public sealed record PublicMaterialCompetency(string Code, string Name);

/// <param name="ExternalUrl">For a film kept on another site; null for a file.</param>
public sealed record PublicMaterialVersion(string Language, string? ExternalUrl);

/// <summary>
/// The training materials national admins made public, from Training's public list, in the page's language. The
/// website links their downloads through the gateway (<see cref="DownloadPath"/>), which serves public ones only.
/// </summary>
public sealed class PublicMaterials(HttpClient http)
{
    public const int Shown = 100;

    /// <summary>The public materials, newest first. Throws when Training does not answer.</summary>
    public async Task<IReadOnlyList<PublicMaterial>> ListAsync(string language, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/training/materials/public?pageSize={Shown}");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<Page>(cancellationToken);
        return page?.Items ?? [];
    }

    public static string DownloadPath(PublicMaterial material, PublicMaterialVersion version) =>
        version.ExternalUrl ?? $"/api/training/materials/public/{material.Id}/versions/{version.Language}";

    private sealed record Page(IReadOnlyList<PublicMaterial> Items);
}
