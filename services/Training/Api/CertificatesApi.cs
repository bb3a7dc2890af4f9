using Justice.Security;
using Justice.Training.Api.Certificates;
using Justice.Training.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api;

/// <summary>The certificates issued for a session, for its organisers and trainers.</summary>
public static class SessionCertificatesApi
{
    public static void MapSessionCertificatesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/training/sessions/{id:guid}/certificates", ListForSession).WithTags("Certificates")
            .RequireAuthorization(policy => policy.RequireRole(Roles.NationalAdmin, Roles.RegionalCoordinator, Roles.Trainer))
            .WithName("ListSessionCertificates")
            .WithSummary("The certificates issued for a session (its organisers and trainers).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static async Task<Results<Ok<List<CertificateView>>, ProblemHttpResult>> ListForSession(
        Guid id, TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var (session, problem) = await SessionAccess.FindToRunAsync(db, id, http, tracking: false,
            "The session's certificates are for its organisers and trainers.", cancellationToken);
        if (session is null)
        {
            return problem!;
        }
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.SessionId == id).OrderBy(c => c.Serial).ToListAsync(cancellationToken);
        return TypedResults.Ok(certificates.Select(CertificateView.From).ToList());
    }
}
