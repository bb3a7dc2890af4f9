using Justice.ServiceDefaults.Http;
using Justice.Training.Domain.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Justice.Training.Api.Sessions;

/// <summary>A session's tests as taken: each participant's answers to the pre-test and the post-test.</summary>
public static class TestAnswersApi
{
    /// <summary>Maps <c>/tests</c> under <paramref name="session"/>, the group of one session's path.</summary>
    public static RouteGroupBuilder MapTestAnswersApi(this RouteGroupBuilder session)
    {
        var tests = session.MapGroup("/tests").WithTags("Tests and learning gain");

        tests.MapPut("/{phase}/{participantId:guid}", Record)
            .WithName("RecordTestAnswers")
            .WithSummary("A participant's answers to the pre-test or the post-test (phase pre or post).")
            .WithDescription("Practitioners answer for themselves; trainers and organisers record answers given on paper.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return tests;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Record(
        Guid id, string phase, Guid participantId, AnswersRequest request, Participants participants, HttpContext http,
        CancellationToken cancellationToken)
    {
        TestPhase? testPhase = phase switch { "pre" => TestPhase.Pre, "post" => TestPhase.Post, _ => null };
        if (testPhase is not { } taken)
        {
            return Problems.NotFound("Test not found", "A session has a pre-test and a post-test: use pre or post.");
        }
        return await participants.ChangeAsync(http, id, participantId,
            session => session.RecordAnswers(participantId, taken, request.Answers), cancellationToken);
    }
}
