using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Training.Api.Sessions;

/// <summary>A session's enrolments: enrolment (with a waiting list beyond capacity), withdrawal and the participant list.</summary>
public static class EnrolmentsApi
{
    /// <summary>Maps <c>/enrolments</c> under <paramref name="session"/>, the group of one session's path.</summary>
    public static RouteGroupBuilder MapEnrolmentsApi(this RouteGroupBuilder session)
    {
        var enrolments = session.MapGroup("/enrolments").WithTags("Enrolment and attendance");

        enrolments.MapPost("/", Enrol)
            .WithName("EnrolInTrainingSession")
            .WithSummary("Enrols a participant, or puts them on the waiting list once the session is full.")
            .WithDescription("Practitioners enrol themselves (no body needed); organisers enrol anyone of their region. "
                + "A practitioner joins their own region's session unless a national admin sets overrideRegion.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        enrolments.MapDelete("/{participantId:guid}", Withdraw)
            .WithName("WithdrawFromTrainingSession")
            .WithSummary("Withdraws a participant before the session starts; the first on the waiting list takes the place.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        enrolments.MapGet("/", List)
            .WithName("ListTrainingSessionEnrolments")
            .WithSummary("Participants and the waiting list, with attendance and tests taken (organisers and trainers).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return enrolments;
    }

    /// <param name="request">None (no body) for a practitioner enrolling themselves.</param>
    public static async Task<Results<Created<EnrolmentView>, ProblemHttpResult>> Enrol(
        Guid id, EnrolRequest? request, HttpContext http, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        var overrideRegion = request?.OverrideRegion == true;
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var found = await services.Sessions.FindAsync(id, http, SessionLoad.ChangeAlone, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var session = found.Value;
        var resolved = await services.Participants.ResolveAsync(http, session, request?.ParticipantId,
            Participants.ActingForOthers.Organisers, cancellationToken);
        if (resolved.Refused)
        {
            return resolved.Problem;
        }
        var participant = resolved.Value;
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
        var found = await services.Sessions.FindAsync(id, http, SessionLoad.ChangeAlone, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var session = found.Value;
        var participant = await services.Participants.ResolveAsync(http, session, participantId,
            Participants.ActingForOthers.Organisers, cancellationToken);
        if (participant.Refused)
        {
            return participant.Problem;
        }
        var change = session.Withdraw(participant.Value.Id);
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
        return TypedResults.Ok(EnrolmentView.From(session, change.Enrolment!, participant.Value.Name));
    }

    public static async Task<Results<Ok<List<EnrolmentView>>, ProblemHttpResult>> List(
        Guid id, SessionFinder sessions, Participants participants, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await sessions.FindToRunAsync(id, http, SessionLoad.Read,
            "The participant list is for the session's organisers and trainers.", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var session = found.Value;
        var names = await participants.NamesAsync(session, cancellationToken);
        return TypedResults.Ok(session.Enrolments.Where(e => e.Status != EnrolmentStatus.Withdrawn)
            .OrderBy(e => e.Status).ThenBy(e => e.EnrolledAt).ThenBy(e => e.Id)
            .Select(e => EnrolmentView.From(session, e, names.GetValueOrDefault(e.ParticipantId, ""))).ToList());
    }
}
