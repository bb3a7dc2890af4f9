using Justice.Training.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Training.Api.Sessions;

/// <summary>A session's attendance, day by day, recorded by its trainers and organisers while it runs.</summary>
public static class AttendanceApi
{
    /// <summary>Maps <c>/attendance</c> under <paramref name="session"/>, the group of one session's path.</summary>
    public static RouteGroupBuilder MapAttendanceApi(this RouteGroupBuilder session)
    {
        var attendance = session.MapGroup("/attendance").WithTags("Enrolment and attendance");

        attendance.MapPut("/{day:int}", Record)
            .WithName("RecordTrainingAttendance")
            .WithSummary("Who was present on one day; every other participant was absent that day.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return attendance;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Record(
        Guid id, int day, AttendanceRequest request, SessionFinder sessions, TrainingDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        var found = await sessions.FindToRunAsync(id, http, SessionLoad.Change,
            "Attendance is recorded by the session's trainers and organisers.", cancellationToken);
        return found.Refused
            ? found.Problem
            : await SessionChanges.SaveAsync(db, found.Value.RecordAttendance(day, request.Present.ToHashSet()), cancellationToken);
    }
}
