using Justice.Api;
using Justice.Contracts;
using Justice.Security;
using Justice.ServiceDefaults.Http;
using Justice.Training.Data;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Sessions;

/// <summary>
/// Training sessions: planned by coordinators (regional) and national admins, run by their trainers. Every route
/// under <c>/sessions/{id}</c> is composed here, each sub-resource from its own file.
/// </summary>
public static partial class SessionsApi
{
    private const string Tag = "Training sessions";

    public static RouteGroupBuilder MapSessionsApi(this IEndpointRouteBuilder api)
    {
        var sessions = api.MapGroup("/sessions")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Trainer, Roles.Practitioner));

        sessions.MapPost("/", Create).WithTags(Tag)
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator))
            .WithName("CreateTrainingSession")
            .WithSummary("Plans a regional session (coordinators, own region) or a national one (national admins).")
            .WithDescription("The session refers to the latest published competency framework version for good.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        sessions.MapGet("/", List).WithTags(Tag)
            .WithName("ListTrainingSessions")
            .WithSummary("Sessions the caller may see, soonest first, a page at a time.")
            .ProducesValidationProblem();
        sessions.MapGet("/{id:guid}", Get).WithTags(Tag)
            .WithName("GetTrainingSession")
            .WithSummary("One session with its enrolment counts.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var session = sessions.MapGroup("/{id:guid}");
        session.MapLifecycleApi(Tag);
        session.MapEnrolmentsApi();
        session.MapAttendanceApi();
        session.MapTestApi();
        session.MapTestAnswersApi();
        session.MapReactionsApi();
        session.MapResultsApi();
        session.MapSessionCertificatesApi();
        return sessions;
    }

    public static async Task<Results<Created<SessionView>, ProblemHttpResult>> Create(
        CreateSessionRequest request, HttpContext http, [AsParameters] SessionServices services, CancellationToken cancellationToken)
    {
        var framework = await services.Db.FrameworkVersions.AsNoTracking().Include(v => v.Competencies)
            .Where(v => v.PublishedAt != null).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (framework is null)
        {
            return Problems.Conflict("Publish the competency framework first: sessions refer to a published version.");
        }
        var agenda = request.Agenda ?? [];
        var mentioned = agenda.SelectMany(item => item.Materials ?? []).Distinct().ToList();
        var materials = await services.Db.Materials.AsNoTracking().Where(m => mentioned.Contains(m.Id)).Select(m => m.Id)
            .ToHashSetAsync(cancellationToken);
        var unknown = UnknownReferences(agenda, framework.Competencies.Select(c => c.Code).ToHashSet(StringComparer.Ordinal), materials);
        if (unknown.Count > 0)
        {
            return Problems.Validation(unknown);
        }

        var national = request.Kind == SessionKinds.National;
        var regionCode = national ? null : JudicialRegionCode.Normalize(request.RegionCode!);
        if (national ? !http.User.HasRole(Roles.NationalAdmin) : !http.User.MaySeeRegion(regionCode!))
        {
            await services.Audit.RecordAsync(http, "session-create", regionCode, "refused");
            return Problems.Forbidden(national
                ? "Only national admins plan national sessions."
                : "You may plan sessions of your own judicial region only.");
        }

        var trainerIds = (request.TrainerIds ?? []).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (await SessionTrainers.RefusalAsync(trainerIds, regionCode, services.Accounts, cancellationToken) is { } refusal)
        {
            await services.Audit.RecordAsync(http, "session-create", regionCode, "refused-trainers");
            return refusal;
        }

        var session = new TrainingSession
        {
            Id = Guid.CreateVersion7(),
            Kind = national ? SessionKind.National : SessionKind.Regional,
            RegionCode = regionCode,
            Title = request.Title.Trim(),
            Venue = request.Venue.Trim(),
            StartsOn = request.StartsOn,
            EndsOn = request.EndsOn,
            Capacity = request.Capacity ?? TrainingSession.DefaultCapacity,
            FrameworkVersion = framework.Number,
            TrainerIds = trainerIds,
            Agenda = [.. agenda.Select(item => new AgendaItem(item.Day, item.Topic.Trim(),
                [.. (item.Competencies ?? []).Distinct(StringComparer.Ordinal)], [.. (item.Materials ?? []).Distinct()]))],
            CreatedAt = services.Clock.GetUtcNow(),
        };
        services.Db.Sessions.Add(session);
        await services.Db.SaveChangesAsync(cancellationToken);
        LogPlanned(services.Logger, session.Id, session.Kind, session.RegionCode);
        return TypedResults.Created($"/api/training/sessions/{session.Id}", SessionView.From(session));
    }

    public static async Task<Ok<PagedList<SessionView>>> List(
        [AsParameters] SessionFilter filter, [AsParameters] PageQuery page, TrainingDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        var query = db.Sessions.AsNoTracking().Include(s => s.Enrolments).AsQueryable();
        if (!http.User.HasRole(Roles.NationalAdmin))
        {
            // Everyone else sees their own region's sessions and the ones they run.
            var own = http.User.RegionCode();
            var userId = http.User.UserId() ?? "";
            query = query.Where(s => s.RegionCode == own || s.TrainerIds.Contains(userId));
        }
        if (filter.RegionCode is { } regionCode)
        {
            query = query.Where(s => s.RegionCode == regionCode);
        }
        if (filter.WantedStatus is { } wanted)
        {
            query = query.Where(s => s.Status == wanted);
        }
        var sessions = await query.AsSplitQuery().OrderBy(s => s.StartsOn).ThenBy(s => s.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(sessions.Select(SessionView.From));
    }

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> Get(
        Guid id, SessionFinder sessions, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await sessions.FindAsync(id, http, SessionLoad.Read, cancellationToken);
        return found.Refused ? found.Problem : TypedResults.Ok(SessionView.From(found.Value));
    }

    /// <summary>
    /// The agenda's references that the published framework or the materials package does not know, named per
    /// agenda item.
    /// </summary>
    private static Dictionary<string, string[]> UnknownReferences(
        IReadOnlyList<AgendaItemRequest> agenda, HashSet<string> competencies, HashSet<Guid> materials)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < agenda.Count; i++)
        {
            var unknown = (agenda[i].Competencies ?? []).Where(c => !competencies.Contains(c)).ToList();
            if (unknown.Count > 0)
            {
                errors[$"agenda[{i}].competencies"] = [$"Unknown in the published framework: {string.Join(", ", unknown)}."];
            }
            if ((agenda[i].Materials ?? []).Any(id => !materials.Contains(id)))
            {
                errors[$"agenda[{i}].materials"] = ["Every material must be one of the training materials package."];
            }
        }
        return errors;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Training session {SessionId} ({Kind}) planned in {RegionCode}")]
    private static partial void LogPlanned(ILogger logger, Guid sessionId, SessionKind kind, string? regionCode);
}
