using Justice.ServiceDefaults.Http;
using Justice.Security;
using Justice.Training.Api.Certificates;
using Justice.Training.Api.Practitioners;
using Justice.Training.Api.Sessions;
using Justice.Training.Data;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Justice.Training.Api.Me;

/// <summary>A practitioner's own record: who they are to the programme, their sessions and their certificates.</summary>
public static class MyTrainingApi
{
    public static RouteHandlerBuilder MapMyTrainingApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/me", Get).WithTags("Practitioners")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Practitioner))
            .WithName("GetMyTraining")
            .WithSummary("The signed-in practitioner's record, sessions and certificates.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<MyTrainingView>, ProblemHttpResult>> Get(
        TrainingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var practitioner = await Participants.OwnPractitionerAsync(db, http, cancellationToken);
        if (practitioner is null)
        {
            return Problems.NotFound("No practitioner record", "No practitioner record is linked to your account; ask your regional coordinator.");
        }
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Enrolments.Any(e => e.ParticipantId == practitioner.Id && e.Status != EnrolmentStatus.Withdrawn))
            .Include(s => s.Enrolments).OrderBy(s => s.StartsOn).AsSplitQuery().ToListAsync(cancellationToken);
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.HolderId == practitioner.Id)
            .OrderBy(c => c.IssuedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(new MyTrainingView(
            PractitionerView.From(practitioner),
            [.. sessions.Select(s => new MySessionView(SessionView.From(s), EnrolmentView.From(s,
                s.Enrolments.Single(e => e.ParticipantId == practitioner.Id && e.Status != EnrolmentStatus.Withdrawn), practitioner.FullName)))],
            [.. certificates.Select(CertificateView.From)]));
    }
}
