using Justice.Audit;
using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Data;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

/// <summary>
/// The people a session trains: practitioners in regional sessions, decision makers in national ones. A
/// practitioner acts for themselves only; organisers for anyone of their region.
/// </summary>
public static class Participants
{
    public sealed record Resolved(Guid Id, string Name, string? RegionCode, ProblemHttpResult? Problem);

    private static Resolved Refused(ProblemHttpResult problem) => new(Guid.Empty, "", null, problem);

    /// <summary>Who may act for participants other than themselves.</summary>
    public enum ActingForOthers
    {
        /// <summary>Enrol and withdraw: the session's organisers.</summary>
        Organisers,
        /// <summary>Tests and questionnaires: the organisers and the session's trainers.</summary>
        Runners,
    }

    /// <summary>
    /// The participant a request is about: <paramref name="requested"/>, or for a practitioner their own record.
    /// Returns a problem when the caller may not act for them.
    /// </summary>
    public static async Task<Resolved> ResolveAsync(
        TrainingDbContext db, HttpContext http, TrainingSession session, Guid? requested, ActingForOthers who,
        SecurityAuditLog audit, CancellationToken cancellationToken)
    {
        var caller = http.User;
        var mayActForOthers = who == ActingForOthers.Organisers ? caller.MayManage(session) : caller.MayRun(session);
        if (!mayActForOthers)
        {
            // A practitioner (or a trainer who does not run this session) may act only for their own record.
            var own = await OwnPractitionerAsync(db, http, cancellationToken);
            if (own is null || !caller.HasRole(Roles.Practitioner))
            {
                return Refused(Problems.Forbidden("You may act only for yourself, with a practitioner record linked to your account."));
            }
            if (requested is not null && requested != own.Id)
            {
                await audit.RecordAsync(http, "participant-act", requested.ToString(), "refused");
                return Refused(Problems.Forbidden("You may act only for yourself."));
            }
            return new Resolved(own.Id, own.FullName, own.RegionCode, null);
        }
        if (requested is not { } id)
        {
            return Refused(Problems.Invalid("participantId", "Name the participant."));
        }
        if (session.Kind == SessionKind.National)
        {
            var decisionMaker = await db.DecisionMakers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            return decisionMaker is null
                ? Refused(Problems.NotFound("Decision maker not found", "There is no decision maker with this id."))
                : new Resolved(decisionMaker.Id, decisionMaker.FullName, null, null);
        }
        var practitioner = await db.Practitioners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practitioner is not null && !caller.MaySeeRegion(practitioner.RegionCode))
        {
            await audit.RecordAsync(http, "practitioner-read", practitioner.Id.ToString(), "refused");
            practitioner = null;
        }
        return practitioner is null
            ? Refused(Problems.NotFound("Practitioner not found", "There is no practitioner with this id."))
            : new Resolved(practitioner.Id, practitioner.FullName, practitioner.RegionCode, null);
    }

    /// <summary>The practitioner record linked to the caller's account, if any.</summary>
    public static Task<Domain.Practitioner?> OwnPractitionerAsync(TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        return userId is null
            ? Task.FromResult<Domain.Practitioner?>(null)
            : db.Practitioners.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
    }

    /// <summary>Names of a session's participants, by id.</summary>
    public static async Task<Dictionary<Guid, string>> NamesAsync(TrainingDbContext db, TrainingSession session, CancellationToken cancellationToken)
    {
        var ids = session.Enrolments.Select(e => e.ParticipantId).ToList();
        return session.Kind == SessionKind.National
            ? await db.DecisionMakers.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.FullName, cancellationToken)
            : await db.Practitioners.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
    }
}
