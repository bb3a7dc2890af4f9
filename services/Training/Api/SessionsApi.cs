using Justice.Contracts;
using Justice.Audit;
using Justice.Messaging.Outbox;
using Justice.Api;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Data;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

/// <summary>Training sessions: planned by coordinators (regional) and national admins, run by their trainers.</summary>
public static partial class SessionsApi
{
    public static RouteGroupBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/training/sessions").WithTags("Training sessions")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Trainer, Roles.Practitioner));

        sessions.MapPost("/", Create)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator))
            .WithName("CreateTrainingSession")
            .WithSummary("Plans a regional session (coordinators, own region) or a national one (national admins).")
            .WithDescription("The session refers to the latest published competency framework version for good.")
            .Accepts<CreateSessionRequest>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        sessions.MapGet("/", List)
            .WithName("ListTrainingSessions")
            .WithSummary("Sessions the caller may see, soonest first, a page at a time.")
            .ProducesValidationProblem();
        sessions.MapGet("/{id:guid}", Get)
            .WithName("GetTrainingSession")
            .WithSummary("One session with its enrolment counts.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var (path, target, name) in new[]
                 {
                     ("open", SessionStatus.Open, "OpenTrainingSession"),
                     ("start", SessionStatus.InProgress, "StartTrainingSession"),
                     ("complete", SessionStatus.Completed, "CompleteTrainingSession"),
                     ("cancel", SessionStatus.Cancelled, "CancelTrainingSession"),
                 })
        {
            sessions.MapPost($"/{{id:guid}}/{path}", (Guid id, HttpContext http, [AsParameters] SessionServices services, CancellationToken ct) =>
                    Move(id, target, http, services, ct))
                .WithName(name)
                .WithSummary(target switch
                {
                    SessionStatus.Open => "Opens enrolment (organisers).",
                    SessionStatus.InProgress => "Starts the session (organisers and its trainers).",
                    SessionStatus.Completed => "Completes the session: decides who completed it and issues their certificates.",
                    _ => "Cancels a session that has not completed (organisers).",
                })
                .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
        }
        return sessions;
    }

    public static async Task<Results<Created<SessionView>, ProblemHttpResult>> Create(
        HttpRequest request, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<CreateSessionRequest>(request, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        var framework = await services.Db.FrameworkVersions.AsNoTracking().Include(v => v.Competencies)
            .Where(v => v.PublishedAt != null).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (framework is null)
        {
            return Problems.Conflict("Publish the competency framework first: sessions refer to a published version.");
        }

        var mentioned = (body.Value!.Agenda ?? []).SelectMany(item => item?.Materials ?? []).Distinct().ToList();
        var materials = await services.Db.Materials.AsNoTracking().Where(m => mentioned.Contains(m.Id)).Select(m => m.Id)
            .ToHashSetAsync(cancellationToken);

        var errors = new ValidationErrors();
        var plan = SessionRules.Validate(body.Value!, framework.Competencies.Select(c => c.Code).ToHashSet(StringComparer.Ordinal),
            materials, errors);
        if (plan is null)
        {
            return errors.ToProblem();
        }
        var caller = request.HttpContext.User;
        if (plan.Kind == SessionKind.National ? !caller.HasRole(Roles.NationalAdmin) : !caller.MaySeeRegion(plan.RegionCode!))
        {
            await services.Audit.RecordAsync(request.HttpContext, "session-create", plan.RegionCode, "refused");
            return Problems.Forbidden(plan.Kind == SessionKind.National
                ? "Only national admins plan national sessions."
                : "You may plan sessions of your own judicial region only.");
        }

        var session = new TrainingSession
        {
            Id = Guid.CreateVersion7(),
            Kind = plan.Kind,
            RegionCode = plan.RegionCode,
            Title = plan.Title,
            Venue = plan.Venue,
            StartsOn = plan.StartsOn,
            EndsOn = plan.EndsOn,
            Capacity = plan.Capacity,
            FrameworkVersion = framework.Number,
            TrainerIds = [.. plan.TrainerIds],
            Agenda = [.. plan.Agenda],
            CreatedAt = services.Clock.GetUtcNow(),
        };
        services.Db.Sessions.Add(session);
        await services.Db.SaveChangesAsync(cancellationToken);
        LogPlanned(services.Logger, session.Id, session.Kind, session.RegionCode);
        return TypedResults.Created($"/api/training/sessions/{session.Id}", SessionView.From(session));
    }

    public static async Task<Results<Ok<PagedList<SessionView>>, ProblemHttpResult>> List(
        string? region, string? status, string? page, string? pageSize,
        TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var regionCode = RegionField.Optional(region, "region", errors);
        SessionStatus? wanted = null;
        if (status is not null)
        {
            wanted = Enum.GetValues<SessionStatus>().Cast<SessionStatus?>().FirstOrDefault(s => SessionLifecycle.Describe(s!.Value) == status);
            if (wanted is null)
            {
                errors.Add("status", "Use planned, open, in-progress, completed or cancelled.");
            }
        }
        var paging = Paging.Request(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var query = db.Sessions.AsNoTracking().Include(s => s.Enrolments).AsQueryable();
        if (!http.User.HasRole(Roles.NationalAdmin))
        {
            // Everyone else sees their own region's sessions and the ones they run.
            var own = http.User.RegionCode();
            var userId = http.User.UserId() ?? "";
            query = query.Where(s => s.RegionCode == own || s.TrainerIds.Contains(userId));
        }
        if (regionCode is not null)
        {
            query = query.Where(s => s.RegionCode == regionCode);
        }
        if (wanted is not null)
        {
            query = query.Where(s => s.Status == wanted);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(s => s.StartsOn).ThenBy(s => s.Id)
            .Skip(paging.Offset).Take(paging.Size)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(paging.Of([.. items.Select(SessionView.From)], total));
    }

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> Get(
        Guid id, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var session = await SessionAccess.FindAsync(db, id, http, tracking: false, cancellationToken);
        return session is null ? SessionNotFound() : TypedResults.Ok(SessionView.From(session));
    }

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> Move(
        Guid id, SessionStatus target, HttpContext http, SessionServices services, CancellationToken cancellationToken)
    {
        await using var transaction = await services.Db.Database.BeginTransactionAsync(cancellationToken);
        await SessionAccess.LockAsync(services.Db, id, cancellationToken);
        var session = await SessionAccess.FindAsync(services.Db, id, http, tracking: true, cancellationToken);
        if (session is null)
        {
            return SessionNotFound();
        }
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

    internal static ProblemHttpResult SessionNotFound() =>
        Problems.NotFound("Training session not found", "There is no training session with this id.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Training session {SessionId} ({Kind}) planned in {RegionCode}")]
    private static partial void LogPlanned(ILogger logger, Guid sessionId, SessionKind kind, string? regionCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Training session {SessionId} is now {Status}")]
    private static partial void LogMoved(ILogger logger, Guid sessionId, string status);
}

/// <summary>What session handlers need.</summary>
public sealed record SessionServices(
    TrainingDbContext Db, SecurityAuditLog Audit, IOutbox Outbox, TimeProvider Clock, TrainingMetrics Metrics, ILogger<SessionServices> Logger);

/// <summary>The body of <c>POST /api/training/sessions</c>.</summary>
/// <param name="Kind"><c>regional</c> (default: practitioners of one region) or <c>national</c> (decision makers).</param>
/// <param name="RegionCode">The judicial region of a regional session, e.g. <c>BG-05</c>.</param>
/// <param name="Capacity">Places before the waiting list starts; default 35.</param>
/// <param name="TrainerIds">Account ids of the trainers who run the session.</param>
public sealed record CreateSessionRequest(
    string? Kind, string? RegionCode, string? Title, string? Venue, DateOnly? StartsOn, DateOnly? EndsOn, int? Capacity,
    IReadOnlyList<string>? TrainerIds, IReadOnlyList<AgendaItemRequest>? Agenda);

public sealed record AgendaItemRequest(int? Day, string? Topic, IReadOnlyList<string>? Competencies, IReadOnlyList<Guid>? Materials);

public sealed record SessionView(
    Guid Id, string Kind, string? RegionCode, string Title, string Venue, DateOnly StartsOn, DateOnly EndsOn, int Days,
    int Capacity, int Enrolled, int Waiting, string Status, int FrameworkVersion, IReadOnlyList<string> TrainerIds,
    IReadOnlyList<AgendaItem> Agenda, int Questions)
{
    public static SessionView From(TrainingSession s) =>
        new(s.Id, s.Kind == SessionKind.National ? "national" : "regional", s.RegionCode, s.Title, s.Venue, s.StartsOn, s.EndsOn,
            s.Days, s.Capacity, s.Participants.Count(), s.Enrolments.Count(e => e.Status == EnrolmentStatus.Waiting),
            SessionLifecycle.Describe(s.Status), s.FrameworkVersion, s.TrainerIds, s.Agenda, s.Questions.Count);
}
