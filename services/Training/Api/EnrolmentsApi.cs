using Justice.Audit;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Data;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

/// <summary>Enrolment (with a waiting list beyond capacity), withdrawal, the participant list and attendance.</summary>
public static class EnrolmentsApi
{
    public static RouteGroupBuilder MapEnrolmentsApi(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/training/sessions/{id:guid}").WithTags("Enrolment and attendance")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Trainer, Roles.Practitioner));

        session.MapPost("/enrolments", Enrol)
            .WithName("EnrolInTrainingSession")
            .WithSummary("Enrols a participant, or puts them on the waiting list once the session is full.")
            .WithDescription("Practitioners enrol themselves (no body needed); organisers enrol anyone of their region. "
                + "A practitioner joins their own region's session unless a national admin sets overrideRegion.")
            .Accepts<EnrolRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        session.MapDelete("/enrolments/{participantId:guid}", Withdraw)
            .WithName("WithdrawFromTrainingSession")
            .WithSummary("Withdraws a participant before the session starts; the first on the waiting list takes the place.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        session.MapGet("/enrolments", List)
            .WithName("ListTrainingSessionEnrolments")
            .WithSummary("Participants and the waiting list, with attendance and tests taken (organisers and trainers).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        session.MapPut("/attendance/{day:int}", RecordAttendance)
            .WithName("RecordTrainingAttendance")
            .WithSummary("Who was present on one day; every other participant was absent that day.")
            .Accepts<AttendanceRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return session;
    }

    public static async Task<Results<Created<EnrolmentView>, ProblemHttpResult>> Enrol(
        Guid id, HttpRequest request, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        var http = request.HttpContext;
        var body = request.ContentLength is 0 or null && request.Headers.ContentType.Count == 0
            ? new JsonBodyResult<EnrolRequest>(new EnrolRequest(null, null), null)
            : await JsonBody.ReadAsync<EnrolRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        await SessionAccess.LockAsync(services.Db, id, cancellationToken);
        var session = await SessionAccess.FindAsync(services.Db, id, http, tracking: true, cancellationToken);
        if (session is null)
        {
            return SessionsApi.SessionNotFound();
        }
        var participant = await Participants.ResolveAsync(services.Db, http, session, body.Value!.ParticipantId,
            Participants.ActingForOthers.Organisers, services.Audit, cancellationToken);
        if (participant.Problem is not null)
        {
            return participant.Problem;
        }

        var overrideRegion = body.Value.OverrideRegion == true;
        if (overrideRegion && !http.User.HasRole(Roles.NationalAdmin))
        {
            return Problems.Forbidden("Only a national admin may enrol a practitioner in another region's session.");
        }
        if (participant.RegionCode != session.RegionCode && !overrideRegion)
        {
            return Problems.Conflict("A practitioner joins their own region's session; a national admin may override this with overrideRegion.");
        }

        var change = session.Enrol(participant.Id, participant.RegionCode != session.RegionCode, services.Clock.GetUtcNow());
        if (change.RefusedBecause is { } reason)
        {
            return Problems.Conflict(reason);
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.Metrics.Enrolled(session, change.Enrolment!.Status);
        return TypedResults.Created($"/api/training/sessions/{id}/enrolments/{participant.Id}",
            EnrolmentView.From(session, change.Enrolment, participant.Name));
    }

    public static async Task<Results<Ok<EnrolmentView>, ProblemHttpResult>> Withdraw(
        Guid id, Guid participantId, HttpContext http, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        await SessionAccess.LockAsync(services.Db, id, cancellationToken);
        var session = await SessionAccess.FindAsync(services.Db, id, http, tracking: true, cancellationToken);
        if (session is null)
        {
            return SessionsApi.SessionNotFound();
        }
        var participant = await Participants.ResolveAsync(services.Db, http, session, participantId, Participants.ActingForOthers.Organisers, services.Audit, cancellationToken);
        if (participant.Problem is not null)
        {
            return participant.Problem;
        }
        var change = session.Withdraw(participant.Id);
        if (change.ParticipantMissing)
        {
            return Problems.NotFound("Enrolment not found", "This participant is not enrolled in the session.");
        }
        if (change.RefusedBecause is { } reason)
        {
            return Problems.Conflict(reason);
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(EnrolmentView.From(session, change.Enrolment!, participant.Name));
    }

    public static async Task<Results<Ok<List<EnrolmentView>>, ProblemHttpResult>> List(
        Guid id, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var (session, problem) = await SessionAccess.FindToRunAsync(db, id, http, tracking: false,
            "The participant list is for the session's organisers and trainers.", cancellationToken);
        if (session is null)
        {
            return problem!;
        }
        var names = await Participants.NamesAsync(db, session, cancellationToken);
        return TypedResults.Ok(session.Enrolments.Where(e => e.Status != EnrolmentStatus.Withdrawn)
            .OrderBy(e => e.Status).ThenBy(e => e.EnrolledAt).ThenBy(e => e.Id)
            .Select(e => EnrolmentView.From(session, e, names.GetValueOrDefault(e.ParticipantId, ""))).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RecordAttendance(
        Guid id, int day, HttpRequest request, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<AttendanceRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        if (body.Value!.Present is not { } present)
        {
            return Problems.Invalid("present", "List the ids of the participants present (an empty list if nobody was).");
        }
        var (session, problem) = await SessionAccess.FindToRunAsync(db, id, request.HttpContext, tracking: true,
            "Attendance is recorded by the session's trainers and organisers.", cancellationToken);
        return session is null ? problem! : await LearningApi.SaveAsync(db, session.RecordAttendance(day, present.ToHashSet()), cancellationToken);
    }
}

/// <summary>The body of an enrolment: empty for a practitioner enrolling themselves.</summary>
/// <param name="ParticipantId">The practitioner (regional session) or decision maker (national session) to enrol.</param>
/// <param name="OverrideRegion">National admins only: enrol a practitioner of another region.</param>
public sealed record EnrolRequest(Guid? ParticipantId, bool? OverrideRegion);

public sealed record AttendanceRequest(IReadOnlyList<Guid>? Present);

public sealed record EnrolmentView(
    Guid SessionId, Guid ParticipantId, string Name, string Status, int? WaitingPosition, bool RegionOverridden,
    IReadOnlyList<int> DaysAttended, bool PreTestTaken, bool PostTestTaken, bool ReactionGiven, bool? Completed)
{
    public static EnrolmentView From(TrainingSession session, Enrolment e, string name) =>
        new(session.Id, e.ParticipantId, name, e.Status.ToString().ToLowerInvariant(), session.WaitingPosition(e), e.RegionOverridden,
            e.DaysAttended, e.PreTestAnswers is not null, e.PostTestAnswers is not null, e.ReactionRatings is not null, e.Completed);
}
