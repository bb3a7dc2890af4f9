using Justice.Api;
using Justice.Network.Data;
using Justice.Network.Domain.Meetings;
using Justice.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Meetings;

/// <summary>A meeting in a list: whose it is, when it was held, how much it holds, and whether its minutes are in.</summary>
public sealed record MeetingSummary(
    Guid Id, Guid? TeamId, Guid? CouncilId, string? RegionCode, DateOnly HeldOn, int AgendaItems, int Attendees, int Decisions,
    bool HasMinutes);

/// <summary>A meeting in full.</summary>
/// <param name="TeamId">The territorial team whose meeting it is; null for a council's.</param>
/// <param name="CouncilId">The council whose meeting it is; null for a team's.</param>
/// <param name="RegionCode">The team's or public council's region; null for the national council's meetings.</param>
/// <param name="Attendees">Institutions (a team's meeting) or council members (a council's), with their names.</param>
/// <param name="Minutes">The minutes' file; null until uploaded.</param>
public sealed record MeetingView(
    Guid Id, Guid? TeamId, Guid? CouncilId, string? RegionCode, DateOnly HeldOn, IReadOnlyList<string> Agenda,
    IReadOnlyList<MeetingAttendeeView> Attendees, IReadOnlyList<string> Decisions, MinutesView? Minutes, DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>The view of <paramref name="meeting"/>, its attendees named from the institutions or the council's members.</summary>
    public static async Task<MeetingView> ForAsync(WorkingMeeting meeting, NetworkDbContext db, CancellationToken cancellationToken)
    {
        var ids = meeting.Attendees;
        var names = meeting.TeamId is not null
            ? (await db.Institutions.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.NameBg, i.NameEn })
                .ToListAsync(cancellationToken))
                .ToDictionary(i => i.Id, i => ReaderLanguage.Current == ReaderLanguage.Bulgarian || i.NameEn is null ? i.NameBg : i.NameEn)
            : await db.CouncilMembers.AsNoTracking().Where(m => ids.Contains(m.Id))
                .ToDictionaryAsync(m => m.Id, m => m.Organisation, cancellationToken);
        return new MeetingView(meeting.Id, meeting.TeamId, meeting.CouncilId, meeting.RegionCode, meeting.HeldOn, meeting.Agenda,
            [.. ids.Select(id => new MeetingAttendeeView(id, names.GetValueOrDefault(id, "")))], meeting.Decisions,
            MinutesView.From(meeting), meeting.CreatedAt, meeting.UpdatedAt);
    }
}

/// <param name="Name">The institution's name (in English for readers of English or French, when it has one) or the organisation's.</param>
public sealed record MeetingAttendeeView(Guid Id, string Name);

/// <summary>A meeting's minutes: the file's facts and where to download it.</summary>
/// <param name="Sha256">The file's SHA-256 (hex), also its ETag.</param>
/// <param name="File">Where to download it.</param>
public sealed record MinutesView(string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string File)
{
    public static MinutesView? From(WorkingMeeting meeting) =>
        meeting.HasMinutes
            ? new(meeting.MinutesFileName!, meeting.MinutesContentType!, meeting.MinutesSize!.Value, meeting.MinutesSha256!,
                meeting.MinutesUploadedAt!.Value, $"/api/network/meetings/{meeting.Id}/minutes")
            : null;
}
