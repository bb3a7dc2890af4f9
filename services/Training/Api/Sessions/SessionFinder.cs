using Justice.Api;
using Justice.Audit;
using Justice.ServiceDefaults.Http;
using Justice.Training.Data;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Justice.Training.Api.Sessions;

/// <summary>How a handler means to use the session it finds.</summary>
public enum SessionLoad
{
    /// <summary>To read it: nothing is tracked.</summary>
    Read,
    /// <summary>To change it.</summary>
    Change,
    /// <summary>
    /// To change it alone: its row stays locked until the caller's transaction ends, so enrolments and
    /// completion run one at a time.
    /// </summary>
    ChangeAlone,
}

/// <summary>
/// The session a request is about, with its enrolments, as far as the caller may see it. A session the caller
/// may not see is, for them, a session that does not exist — and the attempt is audited.
/// </summary>
public sealed class SessionFinder(TrainingDbContext db, SecurityAuditLog audit)
{
    public async Task<Found<TrainingSession>> FindAsync(Guid id, HttpContext http, SessionLoad load, CancellationToken cancellationToken)
    {
        if (load == SessionLoad.ChangeAlone)
        {
            await LockAsync(id, cancellationToken);
        }
        var sessions = db.Sessions.Include(s => s.Enrolments);
        var session = await (load == SessionLoad.Read ? sessions.AsNoTracking() : sessions)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is not null && !http.User.MaySee(session))
        {
            await audit.RecordAsync(http, "session-read", id.ToString(), "refused");
            session = null;
        }
        return session is null ? NotFound() : session;
    }

    /// <summary>
    /// The session, for a caller who runs it (its organisers and trainers): 404 when they may not see it, 403
    /// with <paramref name="refusal"/> when they see it but may not run it.
    /// </summary>
    public async Task<Found<TrainingSession>> FindToRunAsync(
        Guid id, HttpContext http, SessionLoad load, string refusal, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, http, load, cancellationToken);
        return found.Refused || http.User.MayRun(found.Value) ? found : Problems.Forbidden(refusal);
    }

    public static ProblemHttpResult NotFound() =>
        Problems.NotFound("Training session not found", "There is no training session with this id.");

    /// <summary>Locks the session's row until the transaction ends; table and column as the model maps them.</summary>
    private Task<int> LockAsync(Guid id, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(TrainingSession))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindProperty(nameof(TrainingSession.Id))!.GetColumnName(table);
        var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        var sql = $"SELECT 1 FROM {name} WHERE \"{key}\" = {{0}} FOR UPDATE"; // names from the model; the id is a parameter
        return db.Database.ExecuteSqlRawAsync(sql, [id], cancellationToken);
    }
}
