using Justice.Api;
using Justice.Contracts;
using Justice.Network.Api.Councils;
using Justice.Network.Domain.Meetings;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Network.Api.Meetings;

/// <summary>
/// Working meetings (<c>/meetings</c>) of a region's territorial team or of a support council: the day, the agenda,
/// who attended, the decisions taken and the minutes (<see cref="MeetingMinutesApi"/>).
/// </summary>
public static class MeetingsApi
{
    public static RouteGroupBuilder MapMeetingsApi(this IEndpointRouteBuilder api)
    {
        var meetings = api.MapGroup("/meetings").WithTags("Working meetings")
            .RequireAuthorization(policy => policy.RequireRole(MeetingAccess.Callers));

        meetings.MapGet("/", List)
            .WithName("ListMeetings")
            .WithSummary("The meetings of a region's territorial team (?region=) or of a council (?councilId=), latest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapPost("/", Create)
            .WithName("CreateMeeting")
            .WithSummary("Records a meeting of a territorial team (its region's coordinators) or of a council (its managers).");
        meetings.MapGet("/{id:guid}", Get)
            .WithName("GetMeeting")
            .WithSummary("One meeting: its agenda, attendees (named), decisions and minutes' file.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapPut("/{id:guid}", Update)
            .WithName("UpdateMeeting")
            .WithSummary("Replaces the meeting's day, agenda, attendees and decisions.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        meetings.MapDelete("/{id:guid}", Delete)
            .WithName("DeleteMeeting")
            .WithSummary("Deletes a meeting recorded by mistake, with its minutes.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapMeetingMinutesApi();
        return meetings;
    }

    public static async Task<Results<Ok<PagedList<MeetingSummary>>, ProblemHttpResult>> List(
        [AsParameters] MeetingQuery query, [AsParameters] PageQuery page, HttpContext http, [AsParameters] MeetingServices services,
        CancellationToken cancellationToken)
    {
        var meetings = services.Db.Meetings.AsNoTracking();
        if (query.Region is { } code)
        {
            var region = JudicialRegionCode.Normalize(code);
            if (!await http.MayWorkCasesAsync(region, services.Db, cancellationToken))
            {
                await http.RefuseAsync(services.Audit, "meetings-list", $"region/{region}");
                return Problems.Forbidden("A team's meetings are read by its members, its region's coordinators and national admins.");
            }
            meetings = meetings.Where(m => m.TeamId != null && m.RegionCode == region);
        }
        else
        {
            var councilId = query.Council!.Value;
            var council = await services.Db.Councils.AsNoTracking().SingleOrDefaultAsync(c => c.Id == councilId, cancellationToken);
            if (council is null || !http.MayManage(council))
            {
                if (council is not null)
                {
                    await http.RefuseAsync(services.Audit, "meetings-list", $"council/{councilId}");
                }
                return council is not null && http.MayRead(council)
                    ? Problems.Forbidden("A council's meetings are read by its managers.")
                    : CouncilServices.CouncilNotFound();
            }
            meetings = meetings.Where(m => m.CouncilId == councilId);
        }
        var found = await meetings
            .Select(m => new
            {
                m.Id, m.TeamId, m.CouncilId, m.RegionCode, m.HeldOn, m.CreatedAt, Agenda = m.Agenda.Count, Attendees = m.Attendees.Count,
                Decisions = m.Decisions.Count, HasMinutes = m.MinutesSha256 != null,
            })
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(found.Select(m => new MeetingSummary(m.Id, m.TeamId, m.CouncilId, m.RegionCode, m.HeldOn, m.Agenda,
            m.Attendees, m.Decisions, m.HasMinutes)));
    }

    public static async Task<Results<Created<MeetingView>, ProblemHttpResult>> Create(
        CreateMeetingRequest request, HttpContext http, [AsParameters] MeetingServices services, CancellationToken cancellationToken)
    {
        string? region;
        if (request.TeamId is { } teamId)
        {
            var team = await services.Db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken);
            if (team is null)
            {
                return Problems.Invalid("teamId", "There is no territorial team with this id.");
            }
            region = team.RegionCode;
        }
        else
        {
            var council = await services.Db.Councils.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CouncilId, cancellationToken);
            if (council is null)
            {
                return Problems.Invalid("councilId", "There is no council with this id.");
            }
            region = council.RegionCode;
        }
        if (!http.MayManageMeetingsOf(region))
        {
            await http.RefuseAsync(services.Audit, "meeting-create",
                request.TeamId is { } ownerTeam ? $"team/{ownerTeam}" : $"council/{request.CouncilId}");
            return Problems.Forbidden(request.TeamId is not null
                ? "A team's meetings are recorded by its region's coordinators and national admins."
                : "A council's meetings are recorded by its managers.");
        }
        var meeting = new WorkingMeeting
        {
            Id = Guid.NewGuid(),
            TeamId = request.TeamId,
            CouncilId = request.TeamId is null ? request.CouncilId : null,
            RegionCode = region,
            HeldOn = request.HeldOn!.Value,
            CreatedAt = services.Clock.GetUtcNow(),
            CreatedBy = http.User.Actor(),
        };
        if (await services.RefuseAttendeesAsync(meeting, request.Attendees!, cancellationToken) is { } refused)
        {
            return refused;
        }
        Fill(meeting, request);
        services.Db.Meetings.Add(meeting);
        await services.Db.SaveChangesAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "meeting-create", $"meeting/{meeting.Id}", "done");
        return TypedResults.Created($"/api/network/meetings/{meeting.Id}", await MeetingView.ForAsync(meeting, services.Db, cancellationToken));
    }

    public static async Task<Results<Ok<MeetingView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, [AsParameters] MeetingServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "meeting-read", manage: false, cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(await MeetingView.ForAsync(found.Value, services.Db, cancellationToken));
    }

    public static async Task<Results<Ok<MeetingView>, ProblemHttpResult>> Update(
        Guid id, UpdateMeetingRequest request, HttpContext http, [AsParameters] MeetingServices services,
        CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "meeting-update", manage: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var meeting = found.Value;
        if (await services.RefuseAttendeesAsync(meeting, request.Attendees!, cancellationToken) is { } refused)
        {
            return refused;
        }
        Fill(meeting, request);
        meeting.UpdatedAt = services.Clock.GetUtcNow();
        if (await services.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        await services.Audit.RecordAsync(http, "meeting-update", $"meeting/{id}", "done");
        return TypedResults.Ok(await MeetingView.ForAsync(meeting, services.Db, cancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, HttpContext http, [AsParameters] MeetingServices services, CancellationToken cancellationToken)
    {
        var found = await services.FindAsync(id, http, "meeting-delete", manage: true, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        // The minutes' bytes go with it (cascade), unread.
        await services.Db.Meetings.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken);
        await services.Audit.RecordAsync(http, "meeting-delete", $"meeting/{id}", "done");
        return TypedResults.NoContent();
    }

    /// <summary>The validated content of <paramref name="request"/> into <paramref name="meeting"/>: texts trimmed, attendees once each.</summary>
    private static void Fill(WorkingMeeting meeting, IMeetingContent request)
    {
        meeting.HeldOn = request.HeldOn!.Value;
        meeting.Agenda = [.. request.Agenda!.Select(item => item.Trim())];
        meeting.Attendees = [.. request.Attendees!.Distinct()];
        meeting.Decisions = [.. request.Decisions!.Select(decision => decision.Trim())];
    }
}
