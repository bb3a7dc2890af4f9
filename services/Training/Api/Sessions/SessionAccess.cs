using System.Security.Claims;
using Justice.Security;
using Justice.Training.Domain.Sessions;

namespace Justice.Training.Api.Sessions;

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
}
