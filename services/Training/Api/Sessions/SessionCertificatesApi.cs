using Justice.Training.Api.Certificates;
using Justice.Security;
using Justice.Training.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Sessions;

/// <summary>The certificates a session's completion issued, for its organisers and trainers.</summary>
public static class SessionCertificatesApi
{
    /// <summary>Maps <c>/certificates</c> under <paramref name="session"/>, the group of one session's path.</summary>
    public static RouteGroupBuilder MapSessionCertificatesApi(this RouteGroupBuilder session)
    {
        var certificates = session.MapGroup("/certificates").WithTags("Certificates")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Trainer));

        certificates.MapGet("/", List)
            .WithName("ListSessionCertificates")
            .WithSummary("The certificates issued for a session (its organisers and trainers).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return certificates;
    }

    public static async Task<Results<Ok<List<CertificateView>>, ProblemHttpResult>> List(
        Guid id, SessionFinder sessions, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await sessions.FindToRunAsync(id, http, SessionLoad.Read,
            "The session's certificates are for its organisers and trainers.", cancellationToken);
        if (found.Refused)
        {
            return found.Problem;
        }
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.SessionId == id).OrderBy(c => c.Serial).ToListAsync(cancellationToken);
        return TypedResults.Ok(certificates.Select(CertificateView.From).ToList());
    }
}
