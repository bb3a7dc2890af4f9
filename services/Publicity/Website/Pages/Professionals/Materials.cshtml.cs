using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Publicity.Website.Pages.Professionals;

/// <summary>The training materials national admins made public, from Training.</summary>
public sealed class MaterialsModel(PublicMaterials materials, ILogger<MaterialsModel> logger) : PageModel
{
    public IReadOnlyList<PublicMaterial> Items { get; private set; } = [];
    public bool Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Items = await materials.ListAsync((string)RouteData.Values[SiteLanguage.RouteKey]!, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Training's public materials are unavailable: {Error}.", ex.GetType().Name);
            Unavailable = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }
}
