using Justice.Api;
using Justice.Audit;
using Justice.Network.Data;
using Justice.Network.Domain.Meetings;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Justice.Network.Api.Meetings;

/// <summary>
/// Who may do what with a working meeting. A team's meetings are kept by its region's coordinators and national
/// admins, and read by them and the team's members; a council's meetings are kept and read by the council's managers
/// (a public council's region's coordinators and national admins; national admins for the national council). Nobody
/// else sees a meeting.
/// </summary>
public static class MeetingAccess
{
    /// <summary>The roles that may call the meetings API at all; what each may do is decided per meeting.</summary>
    public static readonly string[] Callers = [Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Practitioner];

    /// <summary>Whether the caller keeps meetings held in <paramref name="regionCode"/> (null: the national council's).</summary>
    public static bool MayManageMeetingsOf(this HttpContext http, string? regionCode) =>
        regionCode is null ? http.User.HasRole(Roles.NationalAdmin) : http.MayManageRegion(regionCode);

    public static async Task<bool> MayReadAsync(this HttpContext http, WorkingMeeting meeting, NetworkDbContext db,
        CancellationToken cancellationToken) =>
        meeting.TeamId is not null
            ? await http.MayWorkCasesAsync(meeting.RegionCode!, db, cancellationToken)
            : http.MayManageMeetingsOf(meeting.RegionCode);
}

/// <summary>What the meeting handlers need.</summary>
public sealed record MeetingServices(NetworkDbContext Db, SecurityAuditLog Audit, TimeProvider Clock)
{
    /// <summary>
    /// The meeting <paramref name="id"/>, as far as the caller may read it (404 otherwise, a refusal audited as
    /// <paramref name="action"/>), and, when <paramref name="manage"/>, keep it (403, audited).
    /// </summary>
    public async Task<Found<WorkingMeeting>> FindAsync(Guid id, HttpContext http, string action, bool manage,
        CancellationToken cancellationToken)
    {
        var meetings = manage ? Db.Meetings : Db.Meetings.AsNoTracking();
        var meeting = await meetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return MeetingNotFound();
        }
        if (!await http.MayReadAsync(meeting, Db, cancellationToken))
        {
            await http.RefuseAsync(Audit, action, $"meeting/{id}");
            return MeetingNotFound();
        }
        if (manage && !http.MayManageMeetingsOf(meeting.RegionCode))
        {
            await http.RefuseAsync(Audit, action, $"meeting/{id}");
            return Problems.Forbidden("A team's meetings are kept by its region's coordinators and national admins.");
        }
        return meeting;
    }

    /// <summary>Saves, or answers 409 when someone else changed the meeting since it was read.</summary>
    public async Task<ProblemHttpResult?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("Someone else changed this meeting at the same moment: read it again and retry.");
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict("Someone else changed this meeting at the same moment: read it again and retry.");
        }
    }

    /// <summary>
    /// The attendees that are not who may attend, as 400 problem details naming each (<c>attendees[2]</c>): for a team's
    /// meeting, institutions of <paramref name="meeting"/>'s region; for a council's, its current members, or members
    /// who already stood on the meeting's list before they left. Null when all may attend.
    /// </summary>
    public async Task<ProblemHttpResult?> RefuseAttendeesAsync(WorkingMeeting meeting, IReadOnlyList<Guid> attendees,
        CancellationToken cancellationToken)
    {
        var wanted = attendees.Distinct().ToList();
        var known = meeting.TeamId is not null
            ? await Db.Institutions.Where(i => wanted.Contains(i.Id) && i.RegionCode == meeting.RegionCode).Select(i => i.Id)
                .ToListAsync(cancellationToken)
            : await Db.CouncilMembers.Where(m => m.CouncilId == meeting.CouncilId && wanted.Contains(m.Id)
                    && (m.RemovedAt == null || meeting.Attendees.Contains(m.Id)))
                .Select(m => m.Id).ToListAsync(cancellationToken);
        var message = meeting.TeamId is not null
            ? $"Not an institution of {meeting.RegionCode}."
            : "Not a member of the council.";
        var errors = attendees.Select((id, index) => (id, index)).Where(a => !known.Contains(a.id))
            .ToDictionary(a => $"attendees[{a.index}]", _ => new[] { message }, StringComparer.Ordinal);
        return errors.Count == 0 ? null : Problems.Validation(errors);
    }

    public static ProblemHttpResult MeetingNotFound() =>
        Problems.NotFound("Meeting not found", "There is no working meeting with this id that you may see.");
}
