using Grpc.Core;
using Justice.Contracts;
using Justice.Network.V1;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Publicity.Website.Pages.Victims;

/// <summary>Whom to contact in a judicial region: the institutions Network knows there (a region code in the URL, nothing else).</summary>
public sealed class ContactsModel(InstitutionDirectory.InstitutionDirectoryClient directory, ILogger<ContactsModel> logger) : PageModel
{
    [FromQuery(Name = "region")]
    public string? Region { get; set; }

    public string? RegionCode { get; private set; }
    public IReadOnlyList<Institution> Institutions { get; private set; } = [];
    public bool Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var code = string.IsNullOrWhiteSpace(Region) ? null : JudicialRegionCode.Normalize(Region);
        if (code is null || !SiteData.Regions.Any(r => r.Code == code))
        {
            return;
        }
        RegionCode = code;
        try
        {
            var answer = await directory.ListInstitutionsAsync(new ListInstitutionsRequest { RegionCode = code },
                deadline: DateTime.UtcNow + WebsiteRegistration.CallDeadline, cancellationToken: cancellationToken);
            Institutions = answer.Institutions;
        }
        catch (RpcException ex) when (ex.StatusCode is Grpc.Core.StatusCode.Unavailable or Grpc.Core.StatusCode.DeadlineExceeded or Grpc.Core.StatusCode.Internal)
        {
            logger.LogWarning("The institutions of {Region} are unavailable: {Status}.", code, ex.StatusCode);
            Unavailable = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }
}
