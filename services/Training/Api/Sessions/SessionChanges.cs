using Justice.ServiceDefaults.Http;
using Justice.Training.Data;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Training.Api.Sessions;

/// <summary>How the outcome of a change to a session is answered.</summary>
public static class SessionChanges
{
    /// <summary>Saves a successful change; otherwise answers why it was refused, and nothing is written.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SaveAsync(
        TrainingDbContext db, SessionChange change, CancellationToken cancellationToken)
    {
        if (change.ParticipantMissing)
        {
            return Problems.NotFound("Participant not found", "This person is not a participant of the session.");
        }
        if (change.RefusedBecause is { } reason)
        {
            return Problems.Conflict(reason);
        }
        if (!change.Succeeded)
        {
            return Problems.Invalid(change.Field!, change.Error!);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
