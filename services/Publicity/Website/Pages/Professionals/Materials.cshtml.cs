namespace Justice.Publicity.Website.Pages.Professionals;

/// <summary>The training materials national admins made public, from Training.</summary>
public sealed class MaterialsModel(PublicMaterials materials, ILogger<MaterialsModel> logger) : ServiceBackedPage(logger)
{
    public IReadOnlyList<PublicMaterial> Items { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) =>
        AskAsync("Training", async () => Items = await materials.ListAsync((string)RouteData.Values[SiteLanguage.RouteKey]!, cancellationToken),
            cancellationToken);
}
