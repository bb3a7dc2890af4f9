using Justice.Network.V1;
using Microsoft.AspNetCore.Mvc;

namespace Justice.Publicity.Website.Pages.Victims;

/// <summary>Whom to contact in a judicial region: the institutions Network knows there (a region code in the URL, nothing else).</summary>
public sealed class ContactsModel(InstitutionDirectory.InstitutionDirectoryClient directory, ILogger<ContactsModel> logger)
    : ServiceBackedPage(logger)
{
    [FromQuery(Name = "region")]
    public string? Region { get; set; }

    public string? RegionCode { get; private set; }
    public IReadOnlyList<Institution> Institutions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (SiteData.Region(Region) is not { } code)
        {
            return;
        }
        RegionCode = code;
        await AskAsync("Network", async () => Institutions = (await directory.ListInstitutionsAsync(
            new ListInstitutionsRequest { RegionCode = code }, deadline: DateTime.UtcNow + WebsiteRegistration.CallDeadline,
            cancellationToken: cancellationToken)).Institutions, cancellationToken);
    }
}
