using Grpc.Core;
using Justice.Contracts;
using Justice.Training.V1;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Justice.Publicity.Website.Pages.Professionals;

/// <summary>The regional trainings to come, from Training's calendar; optionally of one region.</summary>
public sealed class TrainingsModel(SessionCalendar.SessionCalendarClient calendar, ILogger<TrainingsModel> logger) : PageModel
{
    [FromQuery(Name = "region")]
    public string? Region { get; set; }

    public string? RegionCode { get; private set; }
    public IReadOnlyList<UpcomingSession> Sessions { get; private set; } = [];
    public bool Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var code = string.IsNullOrWhiteSpace(Region) ? null : JudicialRegionCode.Normalize(Region);
        RegionCode = code is not null && SiteData.Regions.Any(r => r.Code == code) ? code : null;
        try
        {
            var answer = await calendar.ListUpcomingSessionsAsync(new ListUpcomingSessionsRequest { RegionCode = RegionCode ?? "", Max = 100 },
                deadline: DateTime.UtcNow + WebsiteRegistration.CallDeadline, cancellationToken: cancellationToken);
            Sessions = answer.Sessions;
        }
        catch (RpcException ex) when (ex.StatusCode is Grpc.Core.StatusCode.Unavailable or Grpc.Core.StatusCode.DeadlineExceeded or Grpc.Core.StatusCode.Internal)
        {
            logger.LogWarning("The training calendar is unavailable: {Status}.", ex.StatusCode);
            Unavailable = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }
}
