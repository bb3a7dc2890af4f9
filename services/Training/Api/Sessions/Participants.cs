using Justice.Api;
using Justice.Audit;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Data;
using Justice.Training.Domain;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Sessions;

/// <summary>A participant a request is about, as the session knows them.</summary>
public sealed record Participant(Guid Id, string Name, string? RegionCode);

/// <summary>
/// The people a session trains: practitioners in regional sessions, decision makers in national ones. A
/// practitioner acts for themselves only; organisers for anyone of their region.
/// </summary>
public sealed class Participants(TrainingDbContext db, SecurityAuditLog audit, SessionFinder sessions)
{
    /// <summary>Who may act for participants other than themselves.</summary>
    public enum ActingForOthers
    {
        /// <summary>Enrol and withdraw: the session's organisers.</summary>
        Organisers,
        /// <summary>Tests and questionnaires: the organisers and the session's trainers.</summary>
        Runners,
    }

    /// <summary>
    /// The participant a request is about: <paramref name="requested"/>, or for a practitioner their own record;
    /// the problem to answer when the caller may not act for them.
    /// </summary>
    public async Task<Found<Participant>> ResolveAsync(
        HttpContext http, TrainingSession session, Guid? requested, ActingForOthers who, CancellationToken cancellationToken)
    {
        var caller = http.User;
        var mayActForOthers = who == ActingForOthers.Organisers ? caller.MayManage(session) : caller.MayRun(session);
        if (!mayActForOthers)
        {
            // A practitioner (or a trainer who does not run this session) may act only for their own record.
            var own = await OwnPractitionerAsync(db, http, cancellationToken);
            if (own is null || !caller.HasRole(Roles.Practitioner))
            {
                return Problems.Forbidden("You may act only for yourself, with a practitioner record linked to your account.");
            }
            if (requested is not null && requested != own.Id)
            {
                await audit.RecordAsync(http, "participant-act", requested.ToString(), "refused");
                return Problems.Forbidden("You may act only for yourself.");
            }
            return new Participant(own.Id, own.FullName, own.RegionCode);
        }
        if (requested is not { } id)
        {
            return Problems.Invalid("participantId", "Name the participant.");
        }
        if (session.Kind == SessionKind.National)
        {
            var decisionMaker = await db.DecisionMakers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            return decisionMaker is null
                ? Problems.NotFound("Decision maker not found", "There is no decision maker with this id.")
                : new Participant(decisionMaker.Id, decisionMaker.FullName, null);
        }
        var practitioner = await db.Practitioners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practitioner is not null && !caller.MaySeeRegion(practitioner.RegionCode))
        {
            await audit.RecordAsync(http, "practitioner-read", practitioner.Id.ToString(), "refused");
            practitioner = null;
        }
        return practitioner is null
            ? Problems.NotFound("Practitioner not found", "There is no practitioner with this id.")
            : new Participant(practitioner.Id, practitioner.FullName, practitioner.RegionCode);
    }

    /// <summary>
    /// Applies a change to one participant's record of a session, as themselves or as the session's trainer or
    /// organiser; nothing is written unless the change succeeds.
    /// </summary>
    public async Task<Results<NoContent, ProblemHttpResult>> ChangeAsync(
        HttpContext http, Guid sessionId, Guid participantId, Func<TrainingSession, SessionChange> change,
        CancellationToken cancellationToken)
    {
        var found = await sessions.FindAsync(sessionId, http, SessionLoad.Change, cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var participant = await ResolveAsync(http, found.Value, participantId, ActingForOthers.Runners, cancellationToken);
        return participant.Refused ? participant.Problem : await SessionChanges.SaveAsync(db, change(found.Value), cancellationToken);
    }

    /// <summary>Names of a session's participants, by id.</summary>
    public async Task<Dictionary<Guid, string>> NamesAsync(TrainingSession session, CancellationToken cancellationToken)
    {
        var ids = session.Enrolments.Select(e => e.ParticipantId).ToList();
        return session.Kind == SessionKind.National
            ? await db.DecisionMakers.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.FullName, cancellationToken)
            : await db.Practitioners.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
    }

    /// <summary>The practitioner record linked to the caller's account, if any.</summary>
    public static Task<Practitioner?> OwnPractitionerAsync(TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        return userId is null
            ? Task.FromResult<Practitioner?>(null)
            : db.Practitioners.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
    }
}
