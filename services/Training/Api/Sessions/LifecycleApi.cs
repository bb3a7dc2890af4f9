using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Training.Api.Sessions;

/// <summary>A session's steps: open for enrolment, start, complete (certificates and events), cancel.</summary>
public static partial class LifecycleApi
{
    private static readonly (string Path, SessionStatus Target, string Name, string Summary)[] Steps =
    [
        ("open", SessionStatus.Open, "OpenTrainingSession", "Opens enrolment (organisers)."),
        ("start", SessionStatus.InProgress, "StartTrainingSession", "Starts the session (organisers and its trainers)."),
        ("complete", SessionStatus.Completed, "CompleteTrainingSession",
            "Completes the session: decides who completed it and issues their certificates."),
        ("cancel", SessionStatus.Cancelled, "CancelTrainingSession", "Cancels a session that has not completed (organisers)."),
    ];

    /// <summary>Maps the steps on <paramref name="session"/>, the group of one session's path.</summary>
    public static RouteGroupBuilder MapLifecycleApi(this RouteGroupBuilder session, string tag)
    {
        foreach (var (path, target, name, summary) in Steps)
        {
            session.MapPost($"/{path}", (Guid id, HttpContext http, [AsParameters] SessionServices services, CancellationToken cancellationToken) =>
                    MoveAsync(id, target, http, services, cancellationToken))
                .WithTags(tag)
                .WithName(name)
                .WithSummary(summary)
                .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
        }
        return session;
    }

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> MoveAsync(
        Guid id, SessionStatus target, HttpContext http, SessionServices services, CancellationToken cancellationToken)
    {
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        var found = await services.Sessions.FindAsync(id, http, SessionLoad.ChangeAlone, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var session = found.Value;
        var allowed = target is SessionStatus.InProgress or SessionStatus.Completed ? http.User.MayRun(session) : http.User.MayManage(session);
        if (!allowed)
        {
            await services.Audit.RecordAsync(http, $"session-{SessionLifecycle.Describe(target)}", id.ToString(), "refused");
            return Problems.Forbidden("Only the session's organisers (and, to start or complete it, its trainers) may do this.");
        }
        var change = session.MoveTo(target, services.Clock.GetUtcNow());
        if (change.RefusedBecause is { } reason)
        {
            return Problems.Conflict(reason);
        }
        if (target == SessionStatus.Completed)
        {
            await SessionCompletion.RecordAsync(session, services, cancellationToken);
        }
        await services.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (target == SessionStatus.Completed)
        {
            services.Metrics.SessionCompleted(session);
        }
        LogMoved(services.Logger, session.Id, SessionLifecycle.Describe(target));
        return TypedResults.Ok(SessionView.From(session));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Training session {SessionId} is now {Status}")]
    private static partial void LogMoved(ILogger logger, Guid sessionId, string status);
}
