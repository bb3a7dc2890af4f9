using System.Globalization;
using Grpc.Core;
using Justice.Api;
using Justice.Contracts;
using Justice.Training.Data;
using Justice.Training.Domain.Sessions;
using Justice.Training.V1;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Grpc;

/// <summary>
/// <c>justice.training.v1.SessionCalendar</c>: the sessions still to come, for the public website's calendar, without
/// a token. A session's own fields and how many seats are left; never who enrolled, who trains or what the tests hold.
/// </summary>
public sealed class SessionCalendarService(TrainingDbContext db, TimeProvider clock) : SessionCalendar.SessionCalendarBase
{
    public const int DefaultMax = 50;
    public const int MaxMax = 200;

    private static readonly SessionStatus[] Upcoming = [SessionStatus.Planned, SessionStatus.Open, SessionStatus.InProgress];

    public override async Task<ListUpcomingSessionsResponse> ListUpcomingSessions(ListUpcomingSessionsRequest request, ServerCallContext context)
    {
        var region = Region(request.RegionCode);
        var from = From(request.From);
        var max = request.Max switch
        {
            0 => DefaultMax,
            < 0 or > MaxMax => throw Invalid($"max runs from 1 to {MaxMax}; 0 means {DefaultMax}."),
            _ => request.Max,
        };

        var query = db.Sessions.AsNoTracking().Where(s => Upcoming.Contains(s.Status) && s.EndsOn >= from);
        if (region is not null)
        {
            query = query.Where(s => s.RegionCode == region);
        }
        // Only the public columns, and the seats counted in the database: who enrolled or trains is never read.
        var sessions = await query.OrderBy(s => s.StartsOn).ThenBy(s => s.Id).Take(max)
            .Select(s => new
            {
                s.Id, s.Kind, s.RegionCode, s.Title, s.Venue, s.StartsOn, s.EndsOn, s.Capacity, s.Status,
                // Enrolments that hold a seat, as TrainingSession.Participants counts them; the waiting list holds none.
                Seated = s.Enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled),
            })
            .ToListAsync(context.CancellationToken);

        var response = new ListUpcomingSessionsResponse();
        response.Sessions.AddRange(sessions.Select(s => new UpcomingSession
        {
            Id = s.Id.ToString(),
            Kind = SessionKinds.Describe(s.Kind),
            RegionCode = s.RegionCode ?? "",
            Title = s.Title,
            Venue = s.Venue,
            StartsOn = Iso(s.StartsOn),
            EndsOn = Iso(s.EndsOn),
            Capacity = s.Capacity,
            SeatsLeft = Math.Max(0, s.Capacity - s.Seated),
            Status = SessionLifecycle.Describe(s.Status),
        }));
        return response;
    }

    /// <summary>The region asked for in canonical form, or null for every region; NotFound for one that does not exist.</summary>
    private static string? Region(string requested)
    {
        if (requested.Length == 0)
        {
            return null;
        }
        var region = GrpcRegionArgument.WellFormed(requested, "region_code");
        return JudicialRegionCode.IsKnown(region) ? region : throw GrpcRegionArgument.NotFound(region);
    }

    /// <summary>The first day asked for, or today in Bulgaria.</summary>
    private DateOnly From(string requested)
    {
        if (requested.Length == 0)
        {
            return ProgrammeTime.Today(clock);
        }
        return DateOnly.TryParseExact(requested, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            ? from
            : throw Invalid("from must be a date such as 2027-03-01.");
    }

    private static RpcException Invalid(string detail) => new(new Status(StatusCode.InvalidArgument, detail));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
