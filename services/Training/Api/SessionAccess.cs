using System.Security.Claims;
using Justice.Audit;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Justice.Training.Data;
using Justice.Training.Domain.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

/// <summary>
/// Who may do what with a session: national admins everything; a regional coordinator their region's
/// sessions; a trainer the sessions they run; practitioners and trainers see their region's sessions.
/// </summary>
public static class SessionAccess
{
    /// <summary>Plan, open, cancel, enrol anyone: the session's organisers.</summary>
    public static bool MayManage(this ClaimsPrincipal user, TrainingSession session) =>
        user.HasRole(Roles.NationalAdmin)
        || (user.HasRole(Roles.RegionalCoordinator) && session.RegionCode is not null && user.RegionCode() == session.RegionCode);

    /// <summary>Start, complete, record attendance and tests: the organisers and the session's own trainers.</summary>
    public static bool MayRun(this ClaimsPrincipal user, TrainingSession session) =>
        user.MayManage(session)
        || (user.HasRole(Roles.Trainer) && user.UserId() is { } id && session.TrainerIds.Contains(id));

    /// <summary>Read the session (not its participants): also the region's trainers and practitioners.</summary>
    public static bool MaySee(this ClaimsPrincipal user, TrainingSession session) =>
        user.MayRun(session)
        || (session.RegionCode is not null && user.RegionCode() == session.RegionCode
            && user.HasRole(Roles.Trainer, Roles.Practitioner));

    /// <summary>
    /// The session with its enrolments, if the caller may see it. A session the caller may not see is, for
    /// them, a session that does not exist — and the attempt is audited.
    /// </summary>
    public static async Task<TrainingSession?> FindAsync(
        TrainingDbContext db, Guid id, HttpContext http, bool tracking, CancellationToken cancellationToken)
    {
        var sessions = db.Sessions.Include(s => s.Enrolments);
        var session = await (tracking ? sessions : sessions.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is not null && !http.User.MaySee(session))
        {
            await http.RequestServices.GetRequiredService<SecurityAuditLog>().RecordAsync(http, "session-read", id.ToString(), "refused");
            return null;
        }
        return session;
    }

    /// <summary>
    /// The session, for a caller who runs it (its organisers and trainers); otherwise the answer to give:
    /// 404 when they may not see it, 403 with <paramref name="refusal"/> when they see but may not run it.
    /// </summary>
    public static async Task<(TrainingSession? Session, ProblemHttpResult? Problem)> FindToRunAsync(
        TrainingDbContext db, Guid id, HttpContext http, bool tracking, string refusal, CancellationToken cancellationToken)
    {
        var session = await FindAsync(db, id, http, tracking, cancellationToken);
        if (session is null)
        {
            return (null, SessionsApi.SessionNotFound());
        }
        return http.User.MayRun(session) ? (session, null) : (null, Problems.Forbidden(refusal));
    }

    /// <summary>Locks the session row until the transaction ends, so enrolments and completion run one at a time.</summary>
    public static Task LockAsync(TrainingDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT id FROM training_sessions WHERE id = {id} FOR UPDATE", cancellationToken);
}
