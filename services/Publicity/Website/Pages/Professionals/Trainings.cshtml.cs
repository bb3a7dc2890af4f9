using Justice.Training.V1;
using Microsoft.AspNetCore.Mvc;

namespace Justice.Publicity.Website.Pages.Professionals;

/// <summary>The regional trainings to come, from Training's calendar; optionally of one region.</summary>
public sealed class TrainingsModel(SessionCalendar.SessionCalendarClient calendar, ILogger<TrainingsModel> logger) : ServiceBackedPage(logger)
{
    [FromQuery(Name = "region")]
    public string? Region { get; set; }

    public string? RegionCode { get; private set; }
    public IReadOnlyList<UpcomingSession> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RegionCode = SiteData.Region(Region);
        await AskAsync("Training", async () => Sessions = (await calendar.ListUpcomingSessionsAsync(
            new ListUpcomingSessionsRequest { RegionCode = RegionCode ?? "", Max = 100 },
            deadline: DateTime.UtcNow + WebsiteRegistration.CallDeadline, cancellationToken: cancellationToken)).Sessions, cancellationToken);
    }
}
